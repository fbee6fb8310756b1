// One block of UTF-8 text converted to UTF-16 for ICU, with the byte offset of every UTF-16 unit
// so that ICU's positions map back to the analysed text in O(1). The buffers are reused from
// block to block, so a document costs no allocation once they have grown to its largest block.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/umachine.h>

namespace claimcheck::text {

class Utf16Block {
public:
    // Converts `utf8` (malformed bytes become U+FFFD, one per byte sequence ICU rejects).
    // ICU indexes with int32_t: the caller keeps blocks below 2 GiB.
    void assign(std::string_view utf8);

    const UChar* units() const { return units_.data(); }
    int32_t length() const { return static_cast<int32_t>(units_.size()); }
    // Byte offset (into the block) of UTF-16 index `unit`; `length()` maps to the block's size.
    std::size_t byte_offset(int32_t unit) const { return byte_of_unit_[static_cast<std::size_t>(unit)]; }

private:
    std::vector<UChar> units_;
    std::vector<uint32_t> byte_of_unit_;  // one more entry than units_
};

}  // namespace claimcheck::text
