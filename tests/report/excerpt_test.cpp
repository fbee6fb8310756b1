#include <doctest/doctest.h>

#include <string>

#include "report/excerpt.hpp"

using namespace claimcheck;

TEST_CASE("report/excerpt: display width of code points") {
    CHECK(display_width(U'a') == 1);
    CHECK(display_width(U'\u20AC') == 1);  // € is ambiguous width: one column in Western terminals
    CHECK(display_width(U'\u4E00') == 2);  // CJK ideograph: wide
    CHECK(display_width(U'\uFF21') == 2);  // fullwidth A
    CHECK(display_width(U'\u0301') == 0);  // combining acute accent
    CHECK(display_width(U'\u200B') == 0);  // zero width space is a format character
    CHECK(display_width(std::string_view("\xE6\x9D\xB1\xE4\xBA\xAC said")) == 9);
}

TEST_CASE("report/excerpt: printable_line puts a sentence on one line") {
    CHECK(printable_line("a\tb\nc\r\nd") == "a b c  d");
    CHECK(printable_line("bad\xFF") == "bad\xEF\xBF\xBD");
}

TEST_CASE("report/excerpt: caret columns count display width, not bytes") {
    // 東京 takes four columns and six bytes.
    const Excerpt wide = make_excerpt("\xE6\x9D\xB1\xE4\xBA\xAC officials said", 7, 16);
    CHECK(wide.line == "\xE6\x9D\xB1\xE4\xBA\xAC officials said");
    CHECK(wide.caret_column == 5);
    CHECK(wide.caret_width == 9);

    // e + combining acute: two code points, one column.
    const Excerpt combining = make_excerpt("Cafe\xCC\x81 owners said", 7, 13);
    CHECK(combining.caret_column == 5);
    CHECK(combining.caret_width == 6);

    // A span covering a wide character is two columns wide.
    const Excerpt ideograph = make_excerpt("a \xE6\x9D\xB1 b", 2, 5);
    CHECK(ideograph.caret_column == 2);
    CHECK(ideograph.caret_width == 2);
}

TEST_CASE("report/excerpt: empty spans, spans past the end and invalid bytes") {
    const Excerpt empty = make_excerpt("Who said?", 4, 4);
    CHECK(empty.caret_column == 4);
    CHECK(empty.caret_width == 1);

    const Excerpt at_end = make_excerpt("Who said?", 9, 40);
    CHECK(at_end.caret_column == 9);
    CHECK(at_end.caret_width == 1);

    const Excerpt reversed = make_excerpt("Who said?", 6, 2);
    CHECK(reversed.caret_column == 6);
    CHECK(reversed.caret_width == 1);

    const Excerpt invalid = make_excerpt("a\xFF" "b", 2, 3);
    CHECK(invalid.line == "a\xEF\xBF\xBD" "b");
    CHECK(invalid.caret_column == 2);
    CHECK(invalid.caret_width == 1);
}

TEST_CASE("report/excerpt: long sentences are cut to a window around the span") {
    const std::string ellipsis = "\xE2\x80\xA6";
    SUBCASE("span near the start: cut at the end only") {
        const std::string sentence = std::string(10, 'a') + "TARGET" + std::string(284, 'b');  // 300
        const Excerpt e = make_excerpt(sentence, 10, 16);
        CHECK(e.line == sentence.substr(0, 160) + ellipsis);
        CHECK(e.caret_column == 10);
        CHECK(e.caret_width == 6);
    }
    SUBCASE("span near the end: cut at the start only, window full") {
        const std::string sentence = std::string(100, 'a') + "TARGET" + std::string(94, 'b');  // 200
        const Excerpt e = make_excerpt(sentence, 100, 106);
        CHECK(e.line == ellipsis + sentence.substr(40));
        CHECK(e.caret_column == 61);
        CHECK(e.caret_width == 6);
    }
    SUBCASE("span in the middle: cut at both ends, 40 code points kept before it") {
        const std::string sentence = std::string(150, 'a') + "TARGET" + std::string(244, 'b');  // 400
        const Excerpt e = make_excerpt(sentence, 150, 156);
        CHECK(e.line == ellipsis + sentence.substr(110, 160) + ellipsis);
        CHECK(e.caret_column == 41);
        CHECK(e.caret_width == 6);
    }
    SUBCASE("a span longer than the window is underlined to the window's end") {
        const std::string sentence(400, 'c');
        const Excerpt e = make_excerpt(sentence, 100, 350);
        CHECK(e.line == ellipsis + sentence.substr(60, 160) + ellipsis);
        CHECK(e.caret_column == 41);
        CHECK(e.caret_width == 120);
    }
    SUBCASE("exactly 160 code points are not cut; multibyte ones count once") {
        std::string sentence;
        for (int i = 0; i < 160; ++i) sentence += "\xC3\xBC";  // ü, two bytes each
        const Excerpt e = make_excerpt(sentence, 300, 302);
        CHECK(e.line == sentence);
        CHECK(e.caret_column == 150);
        CHECK(e.caret_width == 1);
    }
}

TEST_CASE("report/excerpt: caret_line") {
    CHECK(caret_line(0) == "^");
    CHECK(caret_line(1) == "^");
    CHECK(caret_line(4) == "^~~~");
}
