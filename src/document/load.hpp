// The load stage: a file's bytes → Document (prose blocks, NFC text, source map).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/limits.hpp"
#include "document/document.hpp"

namespace claimcheck {

// ".md" for "Story.MD": the extension of `path`, in lower case (empty when it has none).
std::string lower_extension(const std::string& path);

// Markdown for .md .markdown .mdown .mkd, HTML for .html .htm .xhtml, Word for .docx, JSON Lines
// for .jsonl (any letter case); plain text otherwise.
InputFormat input_format_for_path(const std::string& path);

// "text", "markdown", "html", "docx", "jsonl" (the names --input-format takes); nullopt otherwise.
std::optional<InputFormat> parse_input_format(std::string_view name);

// Builds a Document from `bytes` read from `path` ("-" for stdin). Throws UserError at the
// exact line and column of a NUL byte (a binary file), for UTF-16 text, and for an HTML page
// nested deeper than kMaxHtmlDepth. Ill-formed UTF-8 is replaced by U+FFFD and reported in
// Document::problems (see repair_text_bytes); offsets after it count the three bytes of each
// U+FFFD. A UTF-8 byte order mark is skipped; all offsets still refer to `bytes` as given. A
// Word document is unpacked, each part up to `limits.max_file_size` (see document/docx.hpp); a
// JSON Lines archive is refused (its records are documents: jsonl.hpp).
Document load_document(std::string path, std::string bytes, InputFormat format, const Limits& limits = {});

// Reads `path` (binary) as it is, with no checks on its content. Throws UserError when the file
// cannot be opened or read, or has more than `max_size` bytes (then only that much is read).
std::string read_file_bytes(const std::string& path, std::uint64_t max_size = UINT64_MAX);

// The error for an input of more than `limit` bytes (`size`: how many, when known).
UserError too_large_error(Location where, std::string_view what, std::optional<std::uint64_t> size, std::uint64_t limit);

// Reads `path` (binary) and loads it with the format its extension implies. Throws UserError
// when the file is missing, is a directory, cannot be read, or is larger than
// `limits.max_file_size` (refused before reading).
Document load_file(const std::string& path, const Limits& limits = {});
// The same, in `format` whatever the extension says (--input-format).
Document load_file(const std::string& path, InputFormat format, const Limits& limits = {});

}  // namespace claimcheck
