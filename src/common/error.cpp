#include "common/error.hpp"

namespace claimcheck {

std::string format_location(const Location& where) {
    std::string out = where.file.empty() ? std::string("<input>") : where.file;
    if (where.line > 0) {
        out += ":" + std::to_string(where.line);
        if (where.column > 0) out += ":" + std::to_string(where.column);
    }
    return out;
}

UserError::UserError(Location where, const std::string& message)
    : std::runtime_error(where.file.empty() ? message : format_location(where) + ": " + message),
      where_(std::move(where)),
      message_(message) {}

}  // namespace claimcheck
