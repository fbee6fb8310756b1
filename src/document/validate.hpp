// Checks that a file's bytes are text the loader can read: UTF-8 without NUL bytes. Runs before
// any parsing so that a binary or mis-encoded file fails with the exact position of the first
// offending byte instead of producing garbage findings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "common/error.hpp"

namespace claimcheck {

// Throws UserError at FILE:LINE:COL of the first NUL byte or the first byte of the first
// ill-formed UTF-8 sequence (overlong forms, surrogates, code points above U+10FFFF, stray
// continuation bytes and sequences cut short all count as ill-formed).
void validate_text_bytes(const std::string& bytes, const std::string& path);

// Reads `bytes` as the UTF-8 text of `path`, for checking. Throws UserError for what is not text
// at all: a NUL byte (a binary file, at its line and column) or a UTF-16 byte order mark.
// Ill-formed UTF-8 does not stop the check: each maximal ill-formed sequence (as the Unicode
// standard recommends) is replaced by U+FFFD, and the error returned reports the first of them
// at its line and column, with their number. nullopt: the bytes were well formed, and untouched.
std::optional<UserError> repair_text_bytes(std::string& bytes, const std::string& path);

// Length of the UTF-8 byte order mark at the start of `bytes` (3), or 0 when there is none.
std::size_t byte_order_mark_length(const std::string& bytes);

}  // namespace claimcheck
