#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/load.hpp"
#include "document/front_matter.hpp"
#include "document/markdown.hpp"
#include "document_test_helpers.hpp"

using namespace claimcheck;
using claimcheck::testing::block_kinds;
using claimcheck::testing::block_texts;

namespace {

Document load_md(const std::string& bytes) {
    return load_document("story.md", bytes, InputFormat::Markdown);
}

void check_position(const Position& pos, std::size_t byte, int line, int column) {
    CHECK(pos.byte == byte);
    CHECK(pos.line == line);
    CHECK(pos.column == column);
}

// Original position of the first occurrence of `needle` in the analysed text.
Position position_of(const Document& doc, const std::string& needle) {
    const std::size_t at = doc.text.find(needle);
    REQUIRE(at != std::string::npos);
    return doc.map.position(at);
}

using Strings = std::vector<std::string>;

const std::string kStructure =
    "Intro paragraph before any heading.\n"
    "\n"
    "# Not the headline\n"
    "\n"
    "## Background\n"
    "\n"
    "- First item\n"
    "- Second item with a\n"
    "  continuation line\n"
    "\n"
    "1. Loose item one\n"
    "\n"
    "   Its second paragraph.\n"
    "\n"
    "2. Loose item two\n"
    "\n"
    "> Quoted paragraph one.\n"
    ">\n"
    "> Quoted paragraph two.\n"
    "\n"
    "```python\n"
    "print(\"code is skipped\")\n"
    "```\n"
    "\n"
    "Text with `inline code` inside.\n"
    "\n"
    "    indented code block\n"
    "\n"
    "| a | b |\n"
    "|---|---|\n"
    "| c | d |\n"
    "\n"
    "- outer\n"
    "  - inner\n"
    "\n"
    "Final paragraph.\n";

const std::string kInline =
    "<!-- expect: vague-source -->\n"
    "Critics said [the report](https://example.org/x) was wrong.\n"
    "\n"
    "![Photo of the mayor](mayor.jpg)\n"
    "\n"
    "The mayor&#8217;s office &amp; aides replied at <https://example.org/reply> today "
    "&bogus; &#x1F600;.\n"
    "\n"
    "A <span>styled</span> word and <!-- inline note --> more, see www.example.org or "
    "https://example.com/a.\n"
    "\n"
    "Line one  \n"
    "line two\\\n"
    "line three\n"
    "\n"
    "[![badge](b.png)](https://ci.example)\n"
    "\n"
    "[**Bold** link](<https://x.org>) and <press@example.org>.\n";

}  // namespace

TEST_CASE("markdown: front matter is skipped, the first H1 is the headline") {
    const Document doc = load_md(
        "---\n"
        "title: Draft\n"
        "tags: [a, b]\n"
        "---\n"
        "# Port strike enters second week\n"
        "\n"
        "Dock workers *stayed* out on Monday, the union said.\n");
    CHECK(doc.text ==
          "Port strike enters second week\n\n"
          "Dock workers stayed out on Monday, the union said.");
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph"});
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[0].span == Span{0, 30});
    CHECK(doc.blocks[1].span == Span{32, 82});
    check_position(doc.map.position(0), 36, 5, 3);
    check_position(doc.map.position(30, true), 66, 5, 33);
    check_position(position_of(doc, "stayed"), 82, 7, 15);
    check_position(position_of(doc, "out on"), 90, 7, 23);  // after the closing '*'
    check_position(position_of(doc, "said."), 115, 7, 48);
}

TEST_CASE("markdown: headings, list items, quotes; code and tables never reach the text") {
    const Document doc = load_md(kStructure);
    CHECK(block_texts(doc) == Strings{
                                  "Intro paragraph before any heading.",
                                  "Not the headline",
                                  "Background",
                                  "First item",
                                  "Second item with a continuation line",
                                  "Loose item one",
                                  "Its second paragraph.",
                                  "Loose item two",
                                  "Quoted paragraph one.",
                                  "Quoted paragraph two.",
                                  "Text with inside.",
                                  "outer",
                                  "inner",
                                  "Final paragraph.",
                              });
    CHECK(block_kinds(doc) == Strings{"paragraph", "heading", "heading", "list-item", "list-item",
                                      "list-item", "list-item", "list-item", "blockquote",
                                      "blockquote", "paragraph", "list-item", "list-item",
                                      "paragraph"});
    CHECK(doc.text.find("code") == std::string::npos);
    CHECK(doc.text.find('|') == std::string::npos);
    check_position(position_of(doc, "continuation"), 108, 9, 3);
    check_position(doc.map.position(doc.text.find(" continuation")), 105, 8, 21);  // the break
    check_position(position_of(doc, "Its second"), 149, 13, 4);
    check_position(position_of(doc, "Quoted paragraph two"), 219, 19, 3);
    check_position(position_of(doc, "inside."), 306, 25, 25);
    check_position(position_of(doc, "inner"), 383, 34, 5);
    check_position(position_of(doc, "Final"), 390, 36, 1);
}

TEST_CASE("markdown: comments, URLs and images are dropped; link text and entities kept") {
    const Document doc = load_md(kInline);
    CHECK(block_texts(doc) == Strings{
                                  "Critics said the report was wrong.",
                                  "The mayor\xE2\x80\x99s office & aides replied at today "
                                  "&bogus; \xF0\x9F\x98\x80.",
                                  "A styled word and more, see or .",
                                  "Line one line two line three",
                                  "Bold link and .",
                              });
    CHECK(block_kinds(doc) ==
          Strings{"paragraph", "paragraph", "paragraph", "paragraph", "paragraph"});
    CHECK(doc.text.find("expect") == std::string::npos);
    CHECK(doc.text.find("example") == std::string::npos);
    CHECK(doc.text.find("Photo") == std::string::npos);
    CHECK(doc.text.find("badge") == std::string::npos);
    check_position(position_of(doc, "Critics"), 30, 2, 1);
    check_position(position_of(doc, "the report"), 44, 2, 15);
    check_position(position_of(doc, "was wrong"), 79, 2, 50);
    // "’" came from "&#8217;": it starts where the entity starts and ends where it ends.
    const std::size_t apostrophe = doc.text.find("\xE2\x80\x99");
    check_position(doc.map.position(apostrophe), 134, 6, 10);
    check_position(doc.map.position(apostrophe + 3, true), 141, 6, 17);
    check_position(doc.map.position(apostrophe + 1), 134, 6, 10);
    check_position(doc.map.position(doc.text.find("& aides")), 150, 6, 26);
    check_position(doc.map.position(doc.text.find("& aides") + 1, true), 155, 6, 31);
    check_position(position_of(doc, "today"), 201, 6, 77);
    check_position(position_of(doc, "more,"), 279, 8, 53);
    check_position(position_of(doc, "line two"), 343, 11, 1);
    check_position(position_of(doc, "Bold"), 407, 16, 4);
}

TEST_CASE("markdown: BOM, CRLF, lone CR, front matter closed by '...' and NFC") {
    const Document doc = load_md(
        "\xEF\xBB\xBF---\r\n"
        "title: \"Zo\xC3\xAB\"\r\n"
        "...\r\n"
        "# Title here\r\n"
        "\r\n"
        "Line one\r\n"
        "line two cafe\xCC\x81 &amp; more.\r\n"
        "\r\n"
        "# Second H1\r\n"
        "\r"
        "Lone CR\r"
        "line.\r");
    CHECK(doc.text ==
          "Title here\n\nLine one line two caf\xC3\xA9 & more.\n\nSecond H1\n\nLone CR line.");
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph", "heading", "paragraph"});
    check_position(doc.map.position(0), 30, 4, 3);
    CHECK(doc.map.original_offset(20) == 52);  // the space that stands for CRLF
    CHECK(doc.map.original_offset(21, true) == 54);
    check_position(position_of(doc, "line two"), 54, 7, 1);
    const std::size_t e_acute = doc.text.find("\xC3\xA9");
    CHECK(doc.map.original_offset(e_acute) == 66);            // the "e" ...
    CHECK(doc.map.original_offset(e_acute + 2, true) == 69);  // ... through its accent
    check_position(position_of(doc, " &"), 69, 7, 15);        // "e" and its accent are two columns
    check_position(position_of(doc, "line."), 107, 12, 1);
}

TEST_CASE("markdown: only a level-1 heading before any prose is the headline") {
    const Document setext = load_md("Setext headline\n===============\n\nBody.\n\n# Later\n");
    CHECK(block_texts(setext) == Strings{"Setext headline", "Body.", "Later"});
    CHECK(block_kinds(setext) == Strings{"headline", "paragraph", "heading"});
    const Document sub_first = load_md("## Sub first\n\n# Main\n");
    CHECK(block_kinds(sub_first) == Strings{"heading", "heading"});
    const Document after_code = load_md("<!-- note -->\n\n```\ncode\n```\n\n# Main\n\nText.\n");
    CHECK(block_kinds(after_code) == Strings{"headline", "paragraph"});
    const Document nested = load_md("> # Quoted heading\n> - item in quote\n\n- > quote in item\n");
    CHECK(block_texts(nested) == Strings{"Quoted heading", "item in quote", "quote in item"});
    CHECK(block_kinds(nested) == Strings{"heading", "list-item", "blockquote"});
}

TEST_CASE("markdown: front matter needs a closing fence") {
    CHECK(skip_front_matter("---\na: b\n---\nText", 0) == 13);
    CHECK(skip_front_matter("---\r\na: b\r\n...  \r\nText", 0) == 18);
    CHECK(skip_front_matter("---\na: b\n---", 0) == 12);
    CHECK(skip_front_matter("---\nnot: closed\n\nText.\n", 0) == 0);
    CHECK(skip_front_matter("----\na\n----\n", 0) == 0);
    CHECK(skip_front_matter("Text\n---\na\n---\n", 0) == 0);
    CHECK(skip_front_matter("\xEF\xBB\xBF---\na\n---\n", 3) == 13);
    const Document doc = load_md("---\nnot: closed\n\nText.\n");
    CHECK(block_texts(doc) == Strings{"not: closed", "Text."});
}

TEST_CASE("markdown: empty documents and documents with no prose") {
    CHECK(load_md("").blocks.empty());
    const Document only_markup =
        load_md("---\na: 1\n---\n<!-- c -->\n\n```\nx\n```\n\n![i](p.png)\n\n---\n");
    CHECK(only_markup.blocks.empty());
    CHECK(only_markup.text.empty());
}
