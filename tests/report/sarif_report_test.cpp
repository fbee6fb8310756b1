#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "report_fixture.hpp"

using namespace claimcheck;
using nlohmann::json;

namespace {

json render_sarif(const std::vector<CheckedDocument>& documents, const RulePack& pack = RulePack{}) {
    return json::parse(test::render(ReportFormat::Sarif, documents, pack));
}

const json& region_of(const json& result) { return result["locations"][0]["physicalLocation"]["region"]; }

}  // namespace

TEST_CASE("report/sarif: one run of claimcheck with columns in code points") {
    const json log = render_sarif(test::bridge_documents());
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"] == "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json");
    REQUIRE(log["runs"].size() == 1);
    const json& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["tool"]["driver"]["name"] == "claimcheck");
    CHECK(run["tool"]["driver"]["version"] == "9.9.9");
    CHECK(run["artifacts"][0] == json::parse(R"({"location":{"uri":"stories/bridge.md"},"length":156,"encoding":"utf-8"})"));
    CHECK(test::kBridgeOriginal.size() == 156);
}

TEST_CASE("report/sarif: regions give line/column, character and byte offsets into the original file") {
    const json results = render_sarif(test::bridge_documents())["runs"][0]["results"];
    REQUIRE(results.size() == 4);
    // "€3 million" on line 3: 34 code points (and bytes) after the line's start at byte 31; the
    // '€' makes 12 bytes of 10 code points.
    CHECK(region_of(results[1]) == json::parse(R"({"startLine":3,"startColumn":35,"endLine":3,"endColumn":45,
        "charOffset":65,"charLength":10,"byteOffset":65,"byteLength":12,"snippet":{"text":"€3 million"}})"));
    // "said Ana Müller" on line 5: the '€' before it makes bytes and characters part by two, the
    // 'ü' makes 16 bytes of 15 code points.
    CHECK(region_of(results[3]) == json::parse(R"({"startLine":5,"startColumn":22,"endLine":5,"endColumn":37,
        "charOffset":136,"charLength":15,"byteOffset":138,"byteLength":16,"snippet":{"text":"said Ana Müller"}})"));
    CHECK(results[3]["locations"][0]["physicalLocation"]["contextRegion"] ==
          json::parse(R"({"snippet":{"text":"\"We have no choice,\" said Ana Müller."},"startLine":5,"endLine":5})"));
}

TEST_CASE("report/sarif: levels, rule ids and indexes, message and source") {
    const json run = render_sarif(test::bridge_documents())["runs"][0];
    const json& results = run["results"];
    CHECK(results[0]["level"] == "warning");
    CHECK(results[1]["level"] == "error");
    CHECK(results[3]["level"] == "note");
    for (const json& result : results) {
        CHECK(run["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    }
    CHECK(results[0]["message"]["text"] == "Vague source 'Critics': say who they are or why they are qualified");
    CHECK(results[0]["properties"]["source"] == "Critics");
    CHECK_FALSE(results[2].contains("properties"));  // agentless: no source
    CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"] ==
          json::parse(R"({"uri":"stories/bridge.md","index":0})"));
}

TEST_CASE("report/sarif: rules carry the pack's explanation and standard as help") {
    const json rules = render_sarif(test::bridge_documents(), test::vague_source_pack())["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 4);  // the pack's check, then the findings' rules it does not know
    CHECK(rules[0] == json::parse(R"({
        "id": "vague-source", "name": "vague-source",
        "shortDescription": {"text": "A vague source such as \"experts\"."},
        "fullDescription": {"text": "Say who they are.\n\nOr why they <b>know</b>."},
        "help": {"text": "Say who they are.\n\nOr why they <b>know</b>.\n\nStandard: ATTR-03: Wikipedia MOS:WEASEL",
                 "markdown": "Say who they are.\n\nOr why they &lt;b&gt;know&lt;/b&gt;.\n\n**Standard:** ATTR-03: Wikipedia MOS:WEASEL"},
        "defaultConfiguration": {"enabled": true, "level": "warning"},
        "properties": {"standard": "ATTR-03: Wikipedia MOS:WEASEL"}})"));
    CHECK(rules[1] == json::parse(R"({"id": "single-source-claim", "name": "single-source-claim"})"));
}

TEST_CASE("report/sarif: every document is an artifact; paths become URI references") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("a.txt", "Fine."));
    documents.push_back(test::bridge_document());
    documents[1].doc.path = "my stories/bridge #2.md";
    const json run = render_sarif(documents)["runs"][0];
    CHECK(run["artifacts"].size() == 2);
    CHECK(run["artifacts"][1]["location"]["uri"] == "my%20stories/bridge%20%232.md");
    CHECK(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1);
}

TEST_CASE("report/sarif: no documents is a run with no results") {
    const json run = render_sarif({})["runs"][0];
    CHECK(run["results"] == json::array());
    CHECK(run["artifacts"] == json::array());
}
