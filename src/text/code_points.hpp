// Reading single code points out of UTF-8 text at a byte offset, forwards and backwards, and the
// few character classes the segmenter asks about. Malformed bytes read as U+FFFD, one byte each,
// so a damaged draft is still scanned to the end instead of stopping or looping.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck::text {

inline constexpr UChar32 kNoCodePoint = -1;  // before the start or after the end of the text

struct CodePoint {
    UChar32 value = kNoCodePoint;
    std::size_t length = 0;  // bytes
};

// The code point that starts at byte `offset`.
inline CodePoint code_point_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return {};
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data()) + offset;
    if (bytes[0] < 0x80) return {bytes[0], 1};
    const std::size_t available = text.size() - offset;
    const int32_t limit = static_cast<int32_t>(available < 4 ? available : 4);
    int32_t length = 0;
    UChar32 value = 0;
    U8_NEXT(bytes, length, limit, value);
    return {value < 0 ? 0xFFFD : value, static_cast<std::size_t>(length)};
}

// The code point that ends at byte `offset`.
inline CodePoint code_point_before(std::string_view text, std::size_t offset) {
    if (offset == 0 || offset > text.size()) return {};
    const auto* all = reinterpret_cast<const std::uint8_t*>(text.data());
    if (all[offset - 1] < 0x80) return {all[offset - 1], 1};
    // A code point is at most four bytes: looking further back cannot change the answer.
    const std::size_t window = offset < 4 ? offset : 4;
    const auto* bytes = all + (offset - window);
    int32_t end = static_cast<int32_t>(window);
    UChar32 value = 0;
    U8_PREV(bytes, 0, end, value);
    return {value < 0 ? 0xFFFD : value, window - static_cast<std::size_t>(end)};
}

inline bool is_space(UChar32 c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return c >= 0 && u_isUWhiteSpace(c);
}

inline bool is_letter(UChar32 c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(c);
}

inline bool is_digit(UChar32 c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return u_isdigit(c);
}

inline bool is_alnum(UChar32 c) { return is_letter(c) || is_digit(c); }

inline bool is_upper(UChar32 c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return u_isupper(c);
}

}  // namespace claimcheck::text
