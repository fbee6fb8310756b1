#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "common/error.hpp"
#include "document/jsonl.hpp"
#include "document_test_helpers.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

JsonlRecord record(std::size_t line, std::string bytes) { return JsonlRecord{line, std::move(bytes)}; }

std::string record_error(const std::string& bytes, const JsonlFields& fields = {}) {
    try {
        load_jsonl_record("archive.jsonl", record(4, bytes), fields);
    } catch (const UserError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("jsonl: the reader hands out non-blank lines with their numbers, one at a time") {
    std::istringstream in("{\"a\":1}\n\n   \n{\"b\":2}\r\n{\"c\":3}");
    JsonlReader reader(in);
    std::vector<std::size_t> lines;
    JsonlRecord next;
    while (reader.next(next)) lines.push_back(next.line);
    CHECK(lines == std::vector<std::size_t>{1, 4, 5});
}

TEST_CASE("jsonl: a record is a plain-text document named FILE#ID, or FILE:LINE without an id") {
    const Document named = load_jsonl_record("archive.jsonl", record(3, R"({"id": "strike-7", "text": "Headline\n\nBody."})"), {});
    CHECK(named.path == "archive.jsonl#strike-7");
    CHECK(block_texts(named) == std::vector<std::string>{"Headline", "Body."});
    CHECK(load_jsonl_record("archive.jsonl", record(3, R"({"id": 42, "text": "x"})"), {}).path == "archive.jsonl#42");
    CHECK(load_jsonl_record("archive.jsonl", record(3, R"({"text": "x"})"), {}).path == "archive.jsonl:3");
    const JsonlFields fields{"body", "slug"};
    CHECK(load_jsonl_record("a.jsonl", record(1, R"({"slug": "s", "body": "x"})"), fields).path == "a.jsonl#s");
}

TEST_CASE("jsonl: findings point at lines and columns of the record's text") {
    Document doc = load_jsonl_record(
        "archive.jsonl", record(9, R"({"id": "a", "text": "Harbour plan approved\n\nThe council approved it. Critics have warned that it would fail."})"), {});
    const CheckedDocument checked = builtin_engine().check(std::move(doc));
    CHECK(finding_positions(checked) == "3:26-3:33 vague-source: Critics\n");
}

TEST_CASE("jsonl: a broken record names the archive, its line and column, and what to do") {
    CHECK(record_error(R"({"id": 1, "text": "x")") ==
          "archive.jsonl:4:22: not valid JSON (syntax error while parsing object - unexpected end of input; expected '}'): "
          "fix or remove this record");
    CHECK(record_error("[1, 2]") == "archive.jsonl:4:1: a record must be a JSON object: fix or remove this record");
    CHECK(record_error(R"({"id": 1, "body": "x"})") ==
          "archive.jsonl:4:1: the record has no string field 'text': name the field that holds the story with --text-field");
    CHECK(record_error("{\"text\": \"caf\xE9\"}").rfind("archive.jsonl:4:", 0) == 0);
}

// Found by the load_jsonl fuzz target: nlohmann reports a number too large for a double as
// out_of_range, with no position; it escaped as an unexpected exception.
TEST_CASE("jsonl: a number too large to read is a broken record, at the number") {
    const std::string overflow = "not valid JSON (number overflow parsing '4e2222222222222222'): fix or remove this record";
    CHECK(record_error(R"({"text": "x", "score": 4e2222222222222222})") == "archive.jsonl:4:24: " + overflow);
    // the fuzzer's input
    CHECK(record_error(std::string("4e2222222222222222.422222212222222\0" "00000000148569" "03", 51)) == "archive.jsonl:4:1: " + overflow);
}
