#include "document/validate.hpp"

#include <cstdint>
#include <cstring>

#include "common/error.hpp"
#include "document/document.hpp"

namespace claimcheck {

namespace {

bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when ill-formed.
std::size_t sequence_length(const unsigned char* bytes, std::size_t i, std::size_t size) {
    const unsigned char lead = bytes[i];
    std::size_t length = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) second_min = 0xA0;  // overlong
        if (lead == 0xED) second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) second_min = 0x90;  // overlong
        if (lead == 0xF4) second_max = 0x8F;  // above U+10FFFF
    } else {
        return 0;  // stray continuation byte, overlong C0/C1, or F5..FF
    }
    if (size - i < length) return 0;
    const unsigned char second = bytes[i + 1];
    if (second < second_min || second > second_max) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(bytes[i + k])) return 0;
    }
    return length;
}

// True when the 8 bytes at `p` are all ASCII and none is NUL: the common case, checked a
// word at a time.
bool plain_ascii_word(const unsigned char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    constexpr std::uint64_t kLow = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    const bool has_zero = ((word - kLow) & ~word & kHigh) != 0;
    return (word & kHigh) == 0 && !has_zero;
}

[[noreturn]] void fail_at(const std::string& bytes, std::size_t offset, const std::string& path,
                          const std::string& message) {
    SourceMap lines;
    lines.set_original(&bytes);
    const Position pos = lines.position_of_original(offset);
    throw UserError(Location{path, pos.line, pos.column}, message);
}

std::string hex_byte(unsigned char byte) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[byte >> 4];
    out += digits[byte & 0x0F];
    return out;
}

}  // namespace

std::size_t byte_order_mark_length(const std::string& bytes) {
    return bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
}

void validate_text_bytes(const std::string& bytes, const std::string& path) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t i = 0;
    while (i < size) {
        if (size - i >= 8 && plain_ascii_word(data + i)) {
            i += 8;
            continue;
        }
        const unsigned char byte = data[i];
        if (byte == 0) {
            fail_at(bytes, i, path,
                    "binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; convert "
                    "the file to text first");
        }
        if (byte < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = sequence_length(data, i, size);
        if (length == 0) {
            fail_at(bytes, i, path,
                    "invalid UTF-8 (byte " + hex_byte(byte) + "): save the file as UTF-8");
        }
        i += length;
    }
}

}  // namespace claimcheck
