#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "common/error.hpp"
#include "document/html_depth.hpp"
#include "document/load.hpp"
#include "document_test_helpers.hpp"

using namespace claimcheck;
using claimcheck::testing::block_kinds;
using claimcheck::testing::block_texts;
using claimcheck::testing::finding_positions;

namespace {

using Strings = std::vector<std::string>;

Document load_html(const std::string& bytes) { return load_document("story.html", bytes, InputFormat::Html); }

// Original line and column of the first occurrence of `needle` in the analysed text.
std::string where(const Document& doc, const std::string& needle) {
    const std::size_t at = doc.text.find(needle);
    REQUIRE(at != std::string::npos);
    const Position pos = doc.map.position(at);
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

const std::string kPage =
    "<!DOCTYPE html>\n"
    "<html><head><title>Site name</title>\n"
    "<style>p { color: red; }</style><script>var said = \"Critics say\";</script></head>\n"
    "<body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\n"
    "<main><article>\n"
    "<header><h1>Ferry strike enters third week</h1></header>\n"
    "<p>The union said talks had stalled.</p>\n"
    "<h2>Background</h2>\n"
    "<figure><img src=\"port.jpg\" alt=\"The port\"><figcaption>Pickets at the port on Monday.</figcaption></figure>\n"
    "<blockquote><p>We will not back down.</p></blockquote>\n"
    "<ul><li>Sailings cancelled</li><li>Freight <em>delayed</em></li></ul>\n"
    "<div>Loose text in a div.<p>A paragraph inside it.</p></div>\n"
    "<aside>Related: other strikes</aside>\n"
    "<!-- a comment is not prose -->\n"
    "</article></main>\n"
    "<footer>Copyright the paper. Experts say nothing here.</footer>\n"
    "</body></html>\n";

}  // namespace

TEST_CASE("html: prose blocks with their roles; navigation, scripts, styles, asides and footers left out") {
    const Document doc = load_html(kPage);
    CHECK(block_texts(doc) == Strings{"Ferry strike enters third week", "The union said talks had stalled.", "Background",
                                      "Pickets at the port on Monday.", "We will not back down.", "Sailings cancelled",
                                      "Freight delayed", "Loose text in a div.", "A paragraph inside it."});
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph", "heading", "caption", "blockquote", "list-item",
                                      "list-item", "paragraph", "paragraph"});
    CHECK(doc.format == InputFormat::Html);
}

TEST_CASE("html: an h1 after other text is a heading, as # is in Markdown") {
    const Document doc = load_html("<p>Kicker</p><h1>Title</h1><h3>Sub</h3>");
    CHECK(block_kinds(doc) == Strings{"paragraph", "heading", "heading"});
}

TEST_CASE("html: character references are decoded and map to the reference in the original") {
    const std::string page = "<p>Caf&eacute; owners &amp; staff said &#8220;no&#x201D; to&nbsp;it &bogus; here.</p>\n";
    const Document doc = load_html(page);
    REQUIRE(block_texts(doc) == Strings{"Café owners & staff said “no” to\u00A0it &bogus; here."});
    CHECK(where(doc, "é") == "1:7");         // the '&' of &eacute;
    CHECK(where(doc, "owners") == "1:16");
    CHECK(where(doc, "staff") == "1:29");
    CHECK(where(doc, "“") == "1:40");
    CHECK(where(doc, "no”") == "1:47");
    CHECK(where(doc, "to") == "1:58");
    CHECK(where(doc, "&bogus;") == "1:69");  // unknown names stay as written
    CHECK(where(doc, "here") == "1:77");
    const std::size_t e = doc.text.find("é");
    CHECK(doc.map.original_offset(e) == 6);
    CHECK(doc.map.original_offset(e + 2, true) == 14);  // the whole reference
}

TEST_CASE("html: blanks collapse, line breaks and <br> become spaces mapped to them, CRLF included") {
    const std::string page = "<p>\r\n   The mayor\r\n      said<br>talks   had\tstalled.\r\n</p>\r\n";
    const Document doc = load_html(page);
    REQUIRE(block_texts(doc).size() == 1);
    REQUIRE(block_texts(doc)[0] == "The mayor said talks had stalled.");
    CHECK(where(doc, "The") == "2:4");
    CHECK(where(doc, "said") == "3:7");
    CHECK(where(doc, "talks") == "3:15");
    CHECK(where(doc, "stalled") == "3:27");
}

TEST_CASE("html: text gumbo joins across a stray end tag keeps exact positions") {
    const Document doc = load_html("<p>The mayor</b> said no.</p>");
    REQUIRE(block_texts(doc) == Strings{"The mayor said no."});
    CHECK(where(doc, "said") == "1:18");
}

TEST_CASE("html: code, images and inline scripts are left out of a sentence") {
    const Document doc = load_html("<p>Run <code>make</code> now <img src=x.png> please.</p>");
    CHECK(block_texts(doc) == Strings{"Run now please."});
}

TEST_CASE("html: findings point at the original line and column") {
    const std::string page =
        "<!DOCTYPE html>\n"
        "<html><body><article>\n"
        "<h1>Harbour plan &ndash; row deepens</h1>\n"
        "<p>The council approved the plan on Monday.\n"
        "  Critics have warned that it would set a dangerous precedent.</p>\n"
        "<p>Caf&eacute; owners were angry. Experts say the harbour will silt up.</p>\n"
        "</article></body></html>\n";
    const CheckedDocument checked = claimcheck::testing::builtin_engine().check(load_html(page));
    CHECK(finding_positions(checked) ==
          "5:3-5:10 vague-source: Critics\n"
          "6:35-6:42 vague-source: Experts\n");
}

TEST_CASE("html: a page nested up to the depth limit is read without recursion; deeper is an error") {
    std::string page;
    for (std::size_t i = 0; i < kMaxHtmlDepth; ++i) page += "<div>";
    CHECK(block_texts(load_html(page + "Deep text.")) == Strings{"Deep text."});
    // The element past the limit is named; gumbo never sees the page (it slows down with depth).
    CHECK_THROWS_WITH_AS(load_html("<p>ok</p>\n" + page + "<span>Too deep.</span>"),
                         "story.html:2:5001: elements nested more than 1000 deep (a browser shows at most 512 levels): "
                         "the page was not checked; remove the extra nesting",
                         UserError);
}

TEST_CASE("html: invalid UTF-8 is replaced and reported at its line and column; the rest is read") {
    const Document doc = load_html("<p>ok</p>\n<p>caf\xE9 au lait</p>");
    CHECK(block_texts(doc) == Strings{"ok", "caf\xEF\xBF\xBD au lait"});
    REQUIRE(doc.problems.size() == 1);
    CHECK(std::string(doc.problems.front().what()) ==
          "story.html:2:7: invalid UTF-8 (byte 0xE9) replaced by U+FFFD: save the file as UTF-8 (the rest of it was checked)");
}

TEST_CASE("html: the format follows the extension") {
    CHECK(input_format_for_path("a/page.html") == InputFormat::Html);
    CHECK(input_format_for_path("page.HTM") == InputFormat::Html);
    CHECK(input_format_for_path("story.docx") == InputFormat::Docx);
    CHECK(input_format_for_path("archive.jsonl") == InputFormat::Jsonl);
    CHECK(parse_input_format("html") == InputFormat::Html);
    CHECK_FALSE(parse_input_format("pdf").has_value());
}
