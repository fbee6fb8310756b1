#include "report/excerpt.hpp"

#include <algorithm>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck {

int display_width(char32_t code_point) {
    const auto c = static_cast<UChar32>(code_point);
    const int category = u_charType(c);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
    const int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) ? 2 : 1;
}

namespace {

struct CodePoint {
    std::size_t byte = 0;  // offset of its first byte in the sentence
    UChar32 value = 0;
};

// Decodes UTF-8; an invalid sequence becomes U+FFFD so that a bad byte costs one column.
std::vector<CodePoint> decode(std::string_view text) {
    std::vector<CodePoint> out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        out.push_back({static_cast<std::size_t>(start), c < 0 ? 0xFFFD : c});
    }
    return out;
}

// Line breaks and tabs inside a sentence would break the caret alignment: show one space.
UChar32 printable(UChar32 c) {
    if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0)) return ' ';
    return c;
}

void append_utf8(std::string& out, UChar32 c) {
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

// Index of the first code point starting at or after `byte`.
std::size_t index_at(const std::vector<CodePoint>& points, std::size_t byte) {
    auto it = std::lower_bound(points.begin(), points.end(), byte,
                               [](const CodePoint& p, std::size_t b) { return p.byte < b; });
    return static_cast<std::size_t>(it - points.begin());
}

struct Window {
    std::size_t begin = 0;
    std::size_t end = 0;
};

Window choose_window(std::size_t count, std::size_t span_first, std::size_t max_code_points) {
    if (count <= max_code_points) return {0, count};
    Window window;
    window.begin = span_first > kExcerptLead ? span_first - kExcerptLead : 0;
    window.end = std::min(count, window.begin + max_code_points);
    if (window.end - window.begin < max_code_points) window.begin = window.end - max_code_points;
    return window;
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
    std::size_t width = 0;
    for (const CodePoint& point : decode(utf8)) {
        width += static_cast<std::size_t>(display_width(static_cast<char32_t>(printable(point.value))));
    }
    return width;
}

std::string printable_line(std::string_view utf8) {
    std::string out;
    for (const CodePoint& point : decode(utf8)) append_utf8(out, printable(point.value));
    return out;
}

Excerpt make_excerpt(std::string_view sentence, std::size_t span_start, std::size_t span_end,
                     std::size_t max_code_points) {
    const std::vector<CodePoint> points = decode(sentence);
    span_start = std::min(span_start, sentence.size());
    span_end = std::clamp(span_end, span_start, sentence.size());
    const std::size_t first = index_at(points, span_start);
    const std::size_t last = std::max(first, index_at(points, span_end));
    const Window window = choose_window(points.size(), first, std::max<std::size_t>(max_code_points, 1));

    static constexpr std::string_view kEllipsis = "…";
    Excerpt excerpt;
    std::size_t column = 0;
    std::size_t caret_start = 0, caret_end = 0;
    if (window.begin > 0) {
        excerpt.line += kEllipsis;
        column = 1;
    }
    for (std::size_t i = window.begin; i <= window.end; ++i) {
        if (i == std::clamp(first, window.begin, window.end)) caret_start = column;
        if (i == std::clamp(last, window.begin, window.end)) caret_end = column;
        if (i == window.end) break;
        const UChar32 c = printable(points[i].value);
        append_utf8(excerpt.line, c);
        column += static_cast<std::size_t>(display_width(static_cast<char32_t>(c)));
    }
    if (window.end < points.size()) excerpt.line += kEllipsis;
    excerpt.caret_column = caret_start;
    excerpt.caret_width = std::max<std::size_t>(1, caret_end - caret_start);
    return excerpt;
}

std::string caret_line(std::size_t width) {
    std::string out = "^";
    for (std::size_t i = 1; i < width; ++i) out += '~';
    return out;
}

}  // namespace claimcheck
