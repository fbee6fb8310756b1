// JSON Lines archives: one JSON object a line, each a story. Records are read one at a time so
// an archive of any size is never held in memory; each becomes a plain-text Document whose path
// is FILE#ID (FILE:LINE when the record has no id) and whose offsets, lines and columns refer to
// the record's text field as decoded.
#pragma once

#include <cstddef>
#include <istream>
#include <string>

#include "document/document.hpp"

namespace claimcheck {

struct JsonlFields {
    std::string text = "text";  // the field holding the story
    std::string id = "id";      // the field naming it in the report (a string or a number)
};

// One line of an archive, undecoded: decoding can run on another thread than reading.
struct JsonlRecord {
    std::size_t line = 0;  // 1-based
    std::string bytes;
};

class JsonlReader {
public:
    explicit JsonlReader(std::istream& in) : in_(in) {}
    // The next non-blank line; false at the end of the archive.
    bool next(JsonlRecord& record);

private:
    std::istream& in_;
    std::size_t line_ = 0;
};

// Decodes a record of archive `file`. Throws UserError at FILE:LINE:COL for a line that is not a
// JSON object, or FILE:LINE:1 when the text field is missing or not a string.
Document load_jsonl_record(const std::string& file, const JsonlRecord& record, const JsonlFields& fields);

}  // namespace claimcheck
