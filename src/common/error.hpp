// Errors that reach the user. Every one names where the problem is (file, line, column) so that
// the message alone tells the user what to fix; the CLI prints them as
// `claimcheck: error: FILE:LINE:COL: message` and exits with status 2.
#pragma once

#include <stdexcept>
#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {

struct Location {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based, in Unicode code points; 0 when unknown
};

// Where byte `offset` of `text` (a file read whole, or one part of it) lies: line, and column in
// code points. For errors found by parsers that report byte offsets (JSON, XML).
Location location_at_byte(std::string file, std::string_view text, std::size_t offset);

// "FILE:LINE:COL" (or "FILE" / "FILE:LINE" when line or column are unknown).
std::string format_location(const Location& where);

class UserError : public std::runtime_error {
public:
    UserError(Location where, const std::string& message);
    const Location& where() const { return where_; }
    const std::string& message() const { return message_; }

private:
    Location where_;
    std::string message_;
};

}  // namespace claimcheck
