#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/load.hpp"
#include "document_test_helpers.hpp"

using namespace claimcheck;
using claimcheck::testing::block_kinds;
using claimcheck::testing::block_texts;

namespace {

Document load_text(const std::string& bytes) {
    return load_document("story.txt", bytes, InputFormat::Text);
}

void check_position(const Position& pos, std::size_t byte, int line, int column) {
    CHECK(pos.byte == byte);
    CHECK(pos.line == line);
    CHECK(pos.column == column);
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("plain text: blank lines separate blocks; hard-wrapped lines join with one space") {
    const Document doc = load_text(
        "Council votes to close library\n"
        "\n"
        "The council voted on Tuesday to close the\n"
        "library, officials said.\n"
        "\n"
        "Zo\xC3\xAB Adeyemi said the vote was \"a disgrace\".\n");
    CHECK(doc.text ==
          "Council votes to close library\n\n"
          "The council voted on Tuesday to close the library, officials said.\n\n"
          "Zo\xC3\xAB Adeyemi said the vote was \"a disgrace\".");
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph", "paragraph"});
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[0].span == Span{0, 30});
    CHECK(doc.blocks[1].span == Span{32, 98});
    CHECK(doc.blocks[2].span == Span{100, 144});
    CHECK(doc.text.find('\n', 32) == 98);               // no newline inside a block
    check_position(doc.map.position(73), 73, 3, 42);    // the space that was the line break
    check_position(doc.map.position(74), 74, 4, 1);     // "library,"
    check_position(doc.map.position(113), 113, 6, 13);  // "said": "Zoë " counts 4 columns
    check_position(doc.map.position(144, true), 144, 6, 44);
}

TEST_CASE("plain text: long lines without blank lines are one paragraph each") {
    const std::string first(90, 'a');
    const std::string second =
        "The harbour board approved the plan by seven votes to two on "
        "Thursday evening, its chair said.";
    const Document doc =
        load_text("Harbour plan approved\n" + first + "\n" + second + "\nPhoto: A. Writer\n");
    CHECK(block_texts(doc) == Strings{"Harbour plan approved", first, second, "Photo: A. Writer"});
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph", "paragraph", "paragraph"});
    REQUIRE(doc.blocks.size() == 4);
    // Each line keeps its own origin: the third line starts after 22 + 91 bytes.
    check_position(doc.map.position(doc.blocks[2].span.start), 113, 3, 1);
    check_position(doc.map.position(doc.blocks[3].span.start), 113 + second.size() + 1, 4, 1);
}

TEST_CASE("plain text: a group is hard-wrapped when every line but the last fits 80 columns") {
    const std::string eighty(80, 'b');
    const std::string long_last(120, 'c');
    const Document doc = load_text(eighty + "\n" + long_last + "\n");
    CHECK(block_texts(doc) == Strings{eighty + " " + long_last});
    const std::string eighty_one(81, 'd');
    const Document split = load_text(eighty_one + "\nshort\n");
    CHECK(block_texts(split) == Strings{eighty_one, "short"});
}

TEST_CASE("plain text: surrounding blanks of each line are not part of the block") {
    // The first body line is long enough (40+ columns) to be wrapped prose.
    const Document doc = load_text("  Title \t\n\n\t first line of a paragraph wrapped by hand  \n   second \xC2\xA0\n");
    CHECK(doc.text == "Title\n\nfirst line of a paragraph wrapped by hand second");
    check_position(doc.map.position(0), 2, 1, 3);
    check_position(doc.map.position(7), 13, 3, 3);    // "first" after a tab and a space
    check_position(doc.map.position(48), 56, 3, 46);  // the space: the break after "hand  "
    check_position(doc.map.position(49), 60, 4, 4);   // "second" after three spaces
    check_position(doc.map.position(55, true), 66, 4, 10);
}

TEST_CASE("plain text: a short line before the last ends its own paragraph") {
    const Document doc = load_text("Title\n\nImage copyright Agency\nImage caption Two people talk by the river\n");
    CHECK(block_texts(doc) == Strings{"Title", "Image copyright Agency", "Image caption Two people talk by the river"});
}

TEST_CASE("plain text: CRLF line breaks") {
    const Document doc = load_text("Title\r\n\r\nFirst line of text that the writer wrapped\r\ncontinues here.\r\n");
    CHECK(doc.text == "Title\n\nFirst line of text that the writer wrapped continues here.");
    REQUIRE(doc.blocks.size() == 2);
    CHECK(doc.blocks[1].span == Span{7, 65});
    CHECK(doc.map.original_offset(49) == 51);        // the space stands for the CRLF
    CHECK(doc.map.original_offset(50, true) == 53);  // ... all of it
    check_position(doc.map.position(50), 53, 4, 1);  // "continues"
    check_position(doc.map.position(65, true), 68, 4, 16);
}

TEST_CASE("plain text: lone CR line breaks") {
    const Document doc = load_text("Title\r\rOne two three four five six seven eight nine\rten.\r");
    CHECK(doc.text == "Title\n\nOne two three four five six seven eight nine ten.");
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph"});
    check_position(doc.map.position(51), 51, 3, 45);  // the space: the CR ending line 3
    check_position(doc.map.position(52), 52, 4, 1);   // "ten."
}

TEST_CASE("plain text: a byte order mark is skipped but offsets stay in the original") {
    const Document doc = load_text("\xEF\xBB\xBFHeadline here\n\nBody.");
    CHECK(doc.text == "Headline here\n\nBody.");
    check_position(doc.map.position(0), 3, 1, 1);
    check_position(doc.map.position(15), 18, 3, 1);
}

TEST_CASE("plain text: decomposed characters are composed (NFC) and still map back") {
    // "Cafe" + U+0301 COMBINING ACUTE ACCENT: three original bytes become two ("é").
    const Document doc = load_text("Cafe\xCC\x81 owner said no\n");
    CHECK(doc.text == "Caf\xC3\xA9 owner said no");
    CHECK(block_kinds(doc) == Strings{"headline"});
    CHECK(doc.map.original_offset(3) == 3);        // "é" starts where "e" started
    CHECK(doc.map.original_offset(4) == 3);        // inside the composed character
    CHECK(doc.map.original_offset(5, true) == 6);  // ... and ends after the accent
    CHECK(doc.map.original_offset(2, true) == 2);
    check_position(doc.map.position(5), 6, 1, 6);     // the space after it
    check_position(doc.map.position(12), 13, 1, 13);  // "said": the accent was its own column
}

TEST_CASE("plain text: empty and blank files have no blocks") {
    const Document empty = load_text("");
    CHECK(empty.text.empty());
    CHECK(empty.blocks.empty());
    const Document blank = load_text("  \n\n \t\r\n\xC2\xA0\n");
    CHECK(blank.blocks.empty());
    CHECK(blank.text.empty());
    const Document bom_only = load_text("\xEF\xBB\xBF");
    CHECK(bom_only.blocks.empty());
    CHECK(bom_only.text.empty());
}
