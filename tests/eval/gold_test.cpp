// The gold reader: what it reads, and the line, column and advice of every error.
#include <doctest/doctest.h>

#include <string>

#include "common/error.hpp"
#include "eval/gold.hpp"

using namespace claimcheck;

namespace {

// The message of the UserError that parsing `jsonl` throws ("" when it parses).
std::string error_of(const std::string& jsonl) {
    try {
        parse_gold(jsonl, "gold.jsonl");
    } catch (const UserError& error) {
        return error.what();
    }
    return "";
}

const std::string kGoodLine = R"({"id": "a", "text": "Ann said no.", "attributions": []})";

}  // namespace

TEST_CASE("gold: articles, pieces and the implicit flag are read as written") {
    const std::string jsonl =
        R"({"id": "bridge", "text": "\"Soon,\" she said. \"Very soon.\"", "extra": 1, "attributions": [)"
        R"({"cue": [[12, 16]], "source": [[8, 11]], "content": [[0, 7], [18, 30]], "implicit_source": false},)"
        R"({"cue": [[12, 16]], "source": [], "content": []}]})"
        "\r\n\n   \n" +
        kGoodLine + "\n";
    const auto articles = parse_gold(jsonl, "gold.jsonl");
    REQUIRE(articles.size() == 2);
    const GoldArticle& bridge = articles[0];
    CHECK(bridge.id == "bridge");
    CHECK(bridge.line == 1);
    CHECK(bridge.text == "\"Soon,\" she said. \"Very soon.\"");
    REQUIRE(bridge.attributions.size() == 2);
    CHECK(bridge.attributions[0].cue == std::vector<Span>{{12, 16}});
    CHECK(bridge.attributions[0].source == std::vector<Span>{{8, 11}});
    CHECK(bridge.attributions[0].content == std::vector<Span>{{0, 7}, {18, 30}});
    CHECK_FALSE(bridge.attributions[0].implicit_source);
    CHECK(bridge.attributions[1].implicit_source);  // no flag and no source: implicit
    CHECK(articles[1].line == 4);                    // blank lines are skipped but counted
}

TEST_CASE("gold: a line that is not JSON names its line and the column of the fault") {
    CHECK(error_of(kGoodLine + "\n" + R"({"id": "b", "text": })" + "\n") ==
          "gold.jsonl:2:21: invalid JSON (syntax error while parsing value - unexpected '}'; expected '[', '{', "
          "or a literal): each line must be one JSON object, one article per line");
    // Columns count characters: the é before the fault is one column, not two.
    CHECK(error_of("{\"id\": \"caf\xC3\xA9\", }") ==
          "gold.jsonl:1:16: invalid JSON (syntax error while parsing object key - unexpected '}'; expected string "
          "literal): each line must be one JSON object, one article per line");
    CHECK(error_of("[1, 2]") ==
          "gold.jsonl:1:1: each line must be a JSON object {\"id\": \xE2\x80\xA6, \"text\": \xE2\x80\xA6, "
          "\"attributions\": [\xE2\x80\xA6]}");
}

TEST_CASE("gold: offsets out of range, reversed or inside a character are refused with their field") {
    auto line_with = [](const std::string& text, const std::string& cue) {
        return "{\"id\": \"a\", \"text\": \"" + text + "\", \"attributions\": [{\"cue\": [" + cue +
               "], \"source\": [], \"content\": []}]}";
    };
    CHECK(error_of(kGoodLine + "\n" + line_with("Ann said no.", "[4, 13]")) ==
          "gold.jsonl:2:1: attributions[0].cue[0]: offset 13 is past the end of \"text\" (12 bytes): offsets are "
          "UTF-8 byte offsets into \"text\"");
    CHECK(error_of(line_with("Ann said no.", "[8, 4]")) ==
          "gold.jsonl:1:1: attributions[0].cue[0]: start 8 is after end 4: write [start, end] with end exclusive");
    // "Zoë said" (ë is two bytes, 0xC3 0xAB): offset 3 is between them.
    CHECK(error_of(line_with("Zo\xC3\xAB said", "[3, 9]")) ==
          "gold.jsonl:1:1: attributions[0].cue[0]: offset 3 is inside a multi-byte UTF-8 character: offsets "
          "count bytes, not characters");
    CHECK(error_of(line_with("Zo\xC3\xAB said", "[5, 9]")) == "");  // the byte after ë is fine
    CHECK(error_of(line_with("Ann said no.", "[-1, 3]")) ==
          "gold.jsonl:1:1: attributions[0].cue[0]: offsets must be whole numbers of bytes, 0 or more");
    CHECK(error_of(line_with("Ann said no.", "[4]")) ==
          "gold.jsonl:1:1: attributions[0].cue[0]: a piece must be a pair [start, end] of byte offsets");
}

TEST_CASE("gold: missing fields, wrong types, repeated ids and empty files") {
    CHECK(error_of(R"({"id": "a", "attributions": []})") ==
          "gold.jsonl:1:1: missing \"text\": every article needs \"id\" and \"text\"");
    CHECK(error_of(R"({"id": "a", "text": "x", "attributions": [{"cue": [], "content": []}]})") ==
          "gold.jsonl:1:1: attributions[0]: missing \"source\": every attribution needs \"cue\", \"source\" and "
          "\"content\" (write [] for none)");
    CHECK(error_of(R"({"id": 7, "text": "x", "attributions": []})") == "gold.jsonl:1:1: \"id\" must be a string");
    CHECK(error_of(R"({"id": "a", "text": "x", "attributions": [{"cue": [], "source": [], "content": [], "implicit_source": 1}]})") ==
          "gold.jsonl:1:1: attributions[0].implicit_source: must be true or false");
    CHECK(error_of(kGoodLine + "\n\n" + kGoodLine) ==
          "gold.jsonl:3:1: article id \"a\" is also used on line 1: give each article its own id");
    CHECK(error_of(R"({"id": "a", "text": "x\u0000y", "attributions": []})") ==
          "gold.jsonl:1:1: \"text\" contains a NUL character: remove it");
    CHECK(error_of("\n  \n") == "gold.jsonl: no articles in the gold file: write one JSON object per line");
}
