// JSON Lines archives: one JSON object a line, each a story. Records are read one at a time so
// an archive of any size is never held in memory; each becomes a plain-text Document whose path
// is FILE#ID (FILE:LINE when the record has no id) and whose offsets, lines and columns refer to
// the record's text field as decoded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "common/limits.hpp"
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
    bool too_large = false;  // the line is longer than the reader's limit: `bytes` is empty
};

class JsonlReader {
public:
    // A line of more than `max_record_size` bytes is not kept (it is read past, never held).
    explicit JsonlReader(std::istream& in, std::uint64_t max_record_size = UINT64_MAX)
        : in_(in), max_record_size_(max_record_size) {}
    // The next non-blank line; false at the end of the archive.
    bool next(JsonlRecord& record);

private:
    bool read_line(JsonlRecord& record);

    std::istream& in_;
    std::uint64_t max_record_size_;
    std::size_t line_ = 0;
};

// Decodes a record of archive `file`. Throws UserError at FILE:LINE:COL for a line that is not a
// JSON object, FILE:LINE:1 when the text field is missing or not a string, and FILE:LINE for a
// record over `limits.max_file_size` (which JsonlReader was given too).
Document load_jsonl_record(const std::string& file, const JsonlRecord& record, const JsonlFields& fields,
                           const Limits& limits = {});

}  // namespace claimcheck
