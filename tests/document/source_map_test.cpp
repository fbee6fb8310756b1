#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "document/document.hpp"

using claimcheck::Document;
using claimcheck::Position;
using claimcheck::SourceMap;

namespace {

void check_position(const Position& pos, std::size_t byte, int line, int column) {
    CHECK(pos.byte == byte);
    CHECK(pos.line == line);
    CHECK(pos.column == column);
}

}  // namespace

TEST_CASE("source map: block kind names are the lower-case report names") {
    using claimcheck::BlockKind;
    CHECK(std::string(block_kind_name(BlockKind::Headline)) == "headline");
    CHECK(std::string(block_kind_name(BlockKind::Heading)) == "heading");
    CHECK(std::string(block_kind_name(BlockKind::Paragraph)) == "paragraph");
    CHECK(std::string(block_kind_name(BlockKind::Caption)) == "caption");
    CHECK(std::string(block_kind_name(BlockKind::Credit)) == "credit");
    CHECK(std::string(block_kind_name(BlockKind::Byline)) == "byline");
    CHECK(std::string(block_kind_name(BlockKind::Dateline)) == "dateline");
    CHECK(std::string(block_kind_name(BlockKind::Blockquote)) == "blockquote");
    CHECK(std::string(block_kind_name(BlockKind::ListItem)) == "list-item");
    CHECK(std::string(block_kind_name(BlockKind::Boilerplate)) == "boilerplate");
}

TEST_CASE("source map: line and code-point column of original bytes, LF") {
    const std::string original = "Zo\xC3\xAB said\nno\n";  // "Zoë said\nno\n"
    SourceMap map;
    map.set_original(&original);
    check_position(map.position_of_original(0), 0, 1, 1);
    check_position(map.position_of_original(2), 2, 1, 3);    // the 'ë'
    check_position(map.position_of_original(5), 5, 1, 5);    // "said": ë is one column
    check_position(map.position_of_original(9), 9, 1, 9);    // the '\n' itself
    check_position(map.position_of_original(10), 10, 2, 1);  // "no"
    check_position(map.position_of_original(13), 13, 3, 1);  // end of file, after last break
}

TEST_CASE("source map: CRLF and lone CR each end one line") {
    const std::string original = "a\r\nbb\rccc\n\r\nd";
    SourceMap map;
    map.set_original(&original);
    check_position(map.position_of_original(1), 1, 1, 2);    // '\r' of CRLF
    check_position(map.position_of_original(2), 2, 1, 3);    // '\n' of CRLF: still line 1
    check_position(map.position_of_original(3), 3, 2, 1);    // "bb"
    check_position(map.position_of_original(6), 6, 3, 1);    // "ccc" after lone CR
    check_position(map.position_of_original(10), 10, 4, 1);  // empty line (CRLF)
    check_position(map.position_of_original(12), 12, 5, 1);  // "d"
}

TEST_CASE("source map: columns on lines longer than the column index stride") {
    std::string original = "x\r\n";
    for (int i = 0; i < 3000; ++i)
        original += "\xC3\xA9";          // bytes 3..6003, two bytes each
    original += "abc\r";                 // 6003..6007
    original += std::string(5000, 'y');  // 6007..11007
    original += "Z";
    SourceMap map;
    map.set_original(&original);
    check_position(map.position_of_original(6003), 6003, 2, 3001);
    check_position(map.position_of_original(4099), 4099, 2, 2049);
    check_position(map.position_of_original(8192), 8192, 3, 2186);
    check_position(map.position_of_original(11007), 11007, 3, 5001);
    check_position(map.position_of_original(11008), 11008, 3, 5002);
}

TEST_CASE("source map: a byte order mark takes no column") {
    const std::string original = "\xEF\xBB\xBFHi";
    SourceMap map;
    map.set_original(&original);
    check_position(map.position_of_original(0), 0, 1, 1);
    check_position(map.position_of_original(3), 3, 1, 1);
    check_position(map.position_of_original(4), 4, 1, 2);
}

TEST_CASE("source map: text offsets through linear, changed and separated pieces") {
    // text "ab cd\n\nXY" from original "ab\r\ncd ... X&amp;Y" shaped by hand:
    //   "ab" [0,2) -> [0,2); " " [2,3) -> CRLF [2,4); "cd" [3,5) -> [4,6);
    //   separator [5,7) unmapped; "X" [7,8) -> [20,21); "é" [8,10) -> "e\u0301" [21,24)
    SourceMap map;
    map.add_piece({0, 2, 0, 2});
    map.add_piece({2, 1, 2, 2});
    map.add_piece({3, 2, 4, 2});
    map.add_piece({7, 1, 20, 1});
    map.add_piece({8, 2, 21, 3});
    REQUIRE(map.pieces().size() == 5);
    CHECK(map.original_offset(0) == 0);
    CHECK(map.original_offset(1) == 1);
    CHECK(map.original_offset(2) == 2);        // the space maps to the CR
    CHECK(map.original_offset(3, true) == 4);  // end just after the space: after the LF
    CHECK(map.original_offset(4) == 5);
    CHECK(map.original_offset(5) == 6);  // on the separator: end of "cd"
    CHECK(map.original_offset(6) == 6);
    CHECK(map.original_offset(5, true) == 6);
    CHECK(map.original_offset(7) == 20);
    CHECK(map.original_offset(7, true) == 6);  // an end on a boundary stays in the run it closes
    CHECK(map.original_offset(8, true) == 21);
    CHECK(map.original_offset(8) == 21);  // changed piece: start maps to its start
    CHECK(map.original_offset(9) == 21);
    CHECK(map.original_offset(9, true) == 24);  // ... and an end inside it to its end
    CHECK(map.original_offset(10, true) == 24);
    CHECK(map.original_offset(99) == 24);  // past the text: end of the last piece
}

TEST_CASE("source map: adjacent byte-for-byte pieces merge") {
    SourceMap map;
    map.add_piece({0, 3, 10, 3});
    map.add_piece({3, 1, 13, 1});
    map.add_piece({4, 2, 15, 2});  // gap in the original: no merge
    REQUIRE(map.pieces().size() == 2);
    CHECK(map.pieces()[0].text_length == 4);
    CHECK(map.pieces()[0].original_length == 4);
    CHECK(map.original_offset(5) == 16);
    map.truncate_text(5);
    REQUIRE(map.pieces().size() == 2);
    CHECK(map.pieces()[1].text_length == 1);
    CHECK(map.pieces()[1].original_length == 1);
    map.truncate_text(4);
    CHECK(map.pieces().size() == 1);
}

TEST_CASE("source map: an empty map maps everything to byte 0") {
    SourceMap map;
    CHECK(map.original_offset(0) == 0);
    CHECK(map.original_offset(7, true) == 0);
}

TEST_CASE("source map: moving a document re-points the map at the moved original") {
    Document doc;
    // Short enough to live inside the string object (SSO), so its bytes move address; the
    // column count depends on the bytes ("c\u00e9" is two code points but three bytes).
    doc.original =
        "ab\nc\xC3\xA9"
        "d";
    doc.map.set_original(&doc.original);
    doc.text = "d";
    doc.map.add_piece({0, 1, 6, 1});
    Document moved(std::move(doc));
    doc.original = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";
    check_position(moved.map.position(0), 6, 2, 3);
    Document assigned;
    assigned = std::move(moved);
    moved.original = "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
    check_position(assigned.map.position(0), 6, 2, 3);
    check_position(assigned.map.position(1, true), 7, 2, 4);
}
