#include "common/error.hpp"

namespace claimcheck {

Location location_at_byte(std::string file, std::string_view text, std::size_t offset) {
    Location where{std::move(file), 1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

}  // namespace claimcheck
