#include "text/utf16_block.hpp"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace claimcheck::text {

void Utf16Block::assign(std::string_view utf8) {
    units_.clear();
    byte_of_unit_.clear();
    // UTF-16 never needs more units than UTF-8 has bytes.
    units_.reserve(utf8.size());
    byte_of_unit_.reserve(utf8.size() + 1);

    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto size = static_cast<int32_t>(utf8.size());
    int32_t offset = 0;
    while (offset < size) {
        const auto start = static_cast<uint32_t>(offset);
        if (bytes[offset] < 0x80) {  // the common case: no decoding needed
            units_.push_back(bytes[offset++]);
            byte_of_unit_.push_back(start);
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(bytes, offset, size, c);
        if (c < 0) c = 0xFFFD;
        if (U16_LENGTH(c) == 1) {
            units_.push_back(static_cast<UChar>(c));
            byte_of_unit_.push_back(start);
        } else {
            units_.push_back(U16_LEAD(c));
            units_.push_back(U16_TRAIL(c));
            byte_of_unit_.push_back(start);
            byte_of_unit_.push_back(start);
        }
    }
    byte_of_unit_.push_back(static_cast<uint32_t>(utf8.size()));
}

}  // namespace claimcheck::text
