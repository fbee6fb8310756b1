// The load stage: a file's bytes → Document (prose blocks, NFC text, source map).
#pragma once

#include <optional>
#include <string>
#include <string_view>

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
// exact line and column of a NUL byte or of ill-formed UTF-8. A UTF-8 byte order mark is
// skipped; all offsets still refer to `bytes` as given. A Word document is unpacked (see
// document/docx.hpp); a JSON Lines archive is refused (its records are documents: jsonl.hpp).
Document load_document(std::string path, std::string bytes, InputFormat format);

// Reads `path` (binary) as it is, with no checks on its content. Throws UserError when the file
// cannot be opened or read.
std::string read_file_bytes(const std::string& path);

// Reads `path` (binary) and loads it with the format its extension implies. Throws UserError
// when the file is missing, is a directory, or cannot be read.
Document load_file(const std::string& path);
// The same, in `format` whatever the extension says (--input-format).
Document load_file(const std::string& path, InputFormat format);

}  // namespace claimcheck
