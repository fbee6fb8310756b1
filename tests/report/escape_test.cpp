#include <doctest/doctest.h>

#include "report/escape.hpp"

using namespace claimcheck;

TEST_CASE("escape/markup: the five special characters become references, text stays") {
    CHECK(escape_markup("<script>alert('x') & \"y\"</script>") ==
          "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    CHECK(escape_markup("Ana M\xC3\xBCller paid \xE2\x82\xAC" "3") == "Ana M\xC3\xBCller paid \xE2\x82\xAC" "3");
    CHECK(escape_markup("<!-- x -->") == "&lt;!-- x --&gt;");
    CHECK(escape_markup("") == "");
}

TEST_CASE("escape/markup: controls XML forbids and invalid UTF-8 become U+FFFD; tab and line breaks stay") {
    CHECK(escape_markup("a\x01" "b\x0B" "c") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
    CHECK(escape_markup("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(escape_markup("bad\xFF" "byte") == "bad\xEF\xBF\xBD" "byte");
    CHECK(escape_markup("cut \xE2\x82") == "cut \xEF\xBF\xBD");
}

TEST_CASE("escape/valid_utf8: only invalid sequences change") {
    CHECK(valid_utf8("ok \xC3\xBC") == "ok \xC3\xBC");
    CHECK(valid_utf8("\xC0\xAF") != "\xC0\xAF");  // an overlong '/' is not let through
    CHECK(valid_utf8("x\xFFy") == "x\xEF\xBF\xBDy");
}

TEST_CASE("escape/json_for_script: nothing in the data can close the script element or open a comment") {
    CHECK(json_for_script(R"({"s":"</script><!-- & -->"})") ==
          R"({"s":"\u003c/script\u003e\u003c!-- \u0026 --\u003e"})");
    CHECK(json_for_script(R"({"n":1})") == R"({"n":1})");
}

TEST_CASE("escape/csv: RFC 4180 quoting only where needed") {
    CHECK(csv_field("plain text") == "plain text");
    CHECK(csv_field("a, b") == "\"a, b\"");
    CHECK(csv_field("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("cr\rhere") == "\"cr\rhere\"");
    CHECK(csv_field("") == "");
    CHECK(csv_field("bad\xFF") == "bad\xEF\xBF\xBD");
}

TEST_CASE("escape/github: %, CR and LF in messages; also : and , in properties") {
    CHECK(github_message("100% sure\r\nnext ::error::x") == "100%25 sure%0D%0Anext ::error::x");
    CHECK(github_property("toll, harbour: 100%.txt") == "toll%2C harbour%3A 100%25.txt");
    CHECK(github_property("a\nb") == "a%0Ab");
    // The escape sequences themselves are escaped, so decoding gives back the text.
    CHECK(github_message("%0A") == "%250A");
}

TEST_CASE("escape/markdown: active punctuation escaped, HTML made inert, one line") {
    CHECK(markdown_text("*a* _b_ `c` [d](e) ~f~ $g$ @h #1 \\") ==
          "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\~f\\~ \\$g\\$ \\@h \\#1 \\\\");
    CHECK(markdown_text("a | b") == "a \\| b");
    CHECK(markdown_text("<img src=x onerror=y> & co") == "&lt;img src=x onerror=y&gt; &amp; co");
    CHECK(markdown_text("line\nbreak\r\tend") == "line break  end");
    CHECK(markdown_text("2025-26, it's fine: 3.5% (est.)") == "2025-26, it's fine: 3.5% (est.)");
}

TEST_CASE("escape/markdown: a list marker only at the start") {
    CHECK(markdown_text("- item") == "\\- item");
    CHECK(markdown_text("+ item") == "\\+ item");
    CHECK(markdown_text("1974. A year") == "1974\\. A year");
    CHECK(markdown_text("In 1974. A year") == "In 1974. A year");
    CHECK(markdown_text("a - b") == "a - b");
}

TEST_CASE("escape/uri_path: unreserved characters and slashes stay, the rest is percent-encoded") {
    CHECK(uri_path("stories/bridge-2025_v1.md") == "stories/bridge-2025_v1.md");
    CHECK(uri_path("my story #1?.md") == "my%20story%20%231%3F.md");
    CHECK(uri_path("M\xC3\xBCller 100%.txt") == "M%C3%BCller%20100%25.txt");
    CHECK(uri_path("a(b)") == "a%28b%29");
}
