// One line of a sentence with a caret under a span, for terminal output: display columns (wide
// East Asian characters take two, combining marks none), control characters shown as spaces,
// and long sentences cut to a window around the span.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {

// Terminal columns one code point takes: 0 for combining marks and format characters, 2 for
// East Asian wide and fullwidth characters, 1 otherwise.
int display_width(char32_t code_point);

// Terminal columns of a UTF-8 string (as printed by printable_line).
std::size_t display_width(std::string_view utf8);
// The string on one line: line breaks, tabs and other control characters become spaces and
// invalid UTF-8 becomes U+FFFD, so that table columns and carets stay aligned.
std::string printable_line(std::string_view utf8);

struct Excerpt {
    std::string line;       // the sentence (or its window) on one line, with "…" where cut
    std::size_t caret_column = 0;  // 0-based display column of the span's first character
    std::size_t caret_width = 1;   // display columns under the span; at least 1
};

// Longer sentences (in code points) are cut to a window of this many code points.
inline constexpr std::size_t kMaxExcerptCodePoints = 160;
// How many code points of the sentence a window keeps before the span.
inline constexpr std::size_t kExcerptLead = 40;

// `span_start` and `span_end` are byte offsets into `sentence` (clamped to it).
Excerpt make_excerpt(std::string_view sentence, std::size_t span_start, std::size_t span_end,
                     std::size_t max_code_points = kMaxExcerptCodePoints);

// "^~~~" of `width` columns (a lone "^" when width is 0 or 1).
std::string caret_line(std::size_t width);

}  // namespace claimcheck
