#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "report/json_report.hpp"
#include "report/report.hpp"
#include "report_fixture.hpp"

using namespace claimcheck;
using nlohmann::ordered_json;

namespace {

std::string render_json(const std::vector<CheckedDocument>& documents, std::string version = "9.9.9") {
    RulePack pack;
    ReportOptions options;
    options.tool_version = std::move(version);
    std::ostringstream out;
    write_report(out, ReportFormat::Json, documents, pack, options);
    return out.str();
}

struct Validation {
    int status = 0;      // validate.py's exit status as std::system reports it; 0 when valid
    std::string output;  // what it printed (the error paths)
};

// Runs tests/schema/validate.py on `json`. The file name carries the pid: other build dirs may
// run this test binary at the same time.
Validation validate_with_schema(const std::string& json, const std::string& name) {
    const std::string base = "/tmp/claimcheck-report-test-" + std::to_string(getpid()) + "-" + name;
    const std::string path = base + ".json", log = base + ".log";
    {
        std::ofstream file(path, std::ios::binary);
        file << json;
    }
    const std::string command = std::string("/usr/bin/python3 ") + CLAIMCHECK_SOURCE_DIR +
                                "/tests/schema/validate.py " + path + " >" + log + " 2>&1";
    Validation result;
    result.status = std::system(command.c_str());
    std::ifstream output(log, std::ios::binary);
    result.output.assign(std::istreambuf_iterator<char>(output), std::istreambuf_iterator<char>());
    std::remove(path.c_str());
    std::remove(log.c_str());
    return result;
}

}  // namespace

TEST_CASE("report/json: contract v1 fields, original byte offsets and code-point columns") {
    const std::string text = render_json(test::bridge_documents());
    const ordered_json report = ordered_json::parse(text);

    CHECK(report["version"] == 1);
    CHECK(report["tool"] == ordered_json({{"name", "claimcheck"}, {"version", "9.9.9"}}));
    REQUIRE(report["documents"].size() == 1);
    const ordered_json& doc = report["documents"][0];
    CHECK(doc["path"] == "stories/bridge.md");

    // "€3 million" is text bytes 63..75; the original has "# " before the headline, so 65..77;
    // "€" is 3 bytes but one column, so the columns are 35..45 on line 3.
    const ordered_json& claim_finding = doc["findings"][1];
    CHECK(claim_finding["rule"] == "single-source-claim");
    CHECK(claim_finding["severity"] == "error");
    CHECK(claim_finding["line"] == 3);
    CHECK(claim_finding["column"] == 35);
    CHECK(claim_finding["end_line"] == 3);
    CHECK(claim_finding["end_column"] == 45);
    CHECK(claim_finding["start"] == 65);
    CHECK(claim_finding["end"] == 77);
    CHECK(claim_finding["sentence"] == "Critics say the closure will cost \xE2\x82\xAC" "3 million.");
    CHECK(claim_finding["source"] == "Critics");
    CHECK(doc["findings"][2]["source"].is_null());  // Finding::source empty

    // "Ana Müller": ü is two bytes, so 11 bytes but 10 columns.
    const ordered_json& quote = doc["attributions"][3];
    CHECK(quote["line"] == 5);
    CHECK(quote["column"] == 1);
    CHECK(quote["form"] == "direct");
    CHECK(quote["cue"] == ordered_json({{"text", "said"}, {"start", 138}, {"end", 142}}));
    CHECK(quote["source"] == ordered_json({{"text", "Ana M\xC3\xBCller"}, {"start", 143}, {"end", 154},
                                           {"entity", "Ana M\xC3\xBCller"}, {"kind", "person"}}));
    CHECK(quote["content"] == ordered_json::array({{{"text", "We have no choice,"}, {"start", 118}, {"end", 136}}}));
    CHECK(doc["findings"][3]["end_column"] == 37);

    CHECK(doc["claims"][2] == ordered_json({{"line", 1},
                                            {"sentence", "Bridge to close, mayor says"},
                                            {"triggers", {"prediction", "causal"}},
                                            {"support", {"mayor", "Critics"}}}));
    CHECK(doc["sources"][1] ==
          ordered_json({{"name", "Ana M\xC3\xBCller"}, {"kind", "person"}, {"mentions", 1}, {"attributions", 2}}));
    CHECK(report["summary"] ==
          ordered_json({{"documents", 1}, {"findings", {{"error", 1}, {"warning", 2}, {"info", 1}}}}));
}

TEST_CASE("report/json: an agentless attribution has a null source") {
    const ordered_json report = ordered_json::parse(render_json(test::bridge_documents()));
    const ordered_json& agentless = report["documents"][0]["attributions"][2];
    CHECK(agentless == ordered_json({{"line", 3},
                                     {"column", 47},
                                     {"form", "agentless"},
                                     {"sentence", "It is believed the bridge is unsafe."},
                                     {"cue", {{"text", "It is believed"}, {"start", 79}, {"end", 93}}},
                                     {"source", nullptr},
                                     {"content", {{{"text", "the bridge is unsafe"}, {"start", 94}, {"end", 114}}}}}));
}

TEST_CASE("report/json: an unresolved source keeps its text as entity, with kind unresolved") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("u.txt", "He said the vote was rigged."));
    documents[0].seg.sentences = {test::sentence({0, 28}, 0, BlockKind::Paragraph, 0)};
    documents[0].analysis.attributions = {
        test::attribution(AttributionForm::Indirect, 0, {3, 7}, Span{0, 2}, {{8, 27}}, -1)};
    const ordered_json report = ordered_json::parse(render_json(documents));
    CHECK(report["documents"][0]["attributions"][0]["source"] ==
          ordered_json({{"text", "He"}, {"start", 0}, {"end", 2}, {"entity", "He"}, {"kind", "unresolved"}}));
}

TEST_CASE("report/json: the whole report is exactly the contract, in DESIGN.md's key order") {
    const std::string expected = R"({
  "version": 1,
  "tool": {
    "name": "claimcheck",
    "version": "9.9.9"
  },
  "documents": [
    {
      "path": "stories/bridge.md",
      "findings": [
        {
          "rule": "vague-source",
          "severity": "warning",
          "message": "Vague source 'Critics': say who they are or why they are qualified",
          "line": 3,
          "column": 1,
          "end_line": 3,
          "end_column": 8,
          "start": 31,
          "end": 38,
          "sentence": "Critics say the closure will cost €3 million.",
          "source": "Critics"
        },
        {
          "rule": "single-source-claim",
          "severity": "error",
          "message": "Claim rests on one source: Critics",
          "line": 3,
          "column": 35,
          "end_line": 3,
          "end_column": 45,
          "start": 65,
          "end": 77,
          "sentence": "Critics say the closure will cost €3 million.",
          "source": "Critics"
        },
        {
          "rule": "agentless-attribution",
          "severity": "warning",
          "message": "Agentless attribution 'It is believed': say who",
          "line": 3,
          "column": 47,
          "end_line": 3,
          "end_column": 61,
          "start": 79,
          "end": 93,
          "sentence": "It is believed the bridge is unsafe.",
          "source": null
        },
        {
          "rule": "relayed-statement",
          "severity": "info",
          "message": "Statement relayed for Ana Müller",
          "line": 5,
          "column": 22,
          "end_line": 5,
          "end_column": 37,
          "start": 138,
          "end": 154,
          "sentence": "\"We have no choice,\" said Ana Müller.",
          "source": "Ana Müller"
        }
      ],
      "attributions": [
        {
          "line": 1,
          "column": 3,
          "form": "headline",
          "sentence": "Bridge to close, mayor says",
          "cue": {
            "text": "says",
            "start": 25,
            "end": 29
          },
          "source": {
            "text": "mayor",
            "start": 19,
            "end": 24,
            "entity": "mayor",
            "kind": "person"
          },
          "content": [
            {
              "text": "Bridge to close",
              "start": 2,
              "end": 17
            }
          ]
        },
        {
          "line": 3,
          "column": 1,
          "form": "indirect",
          "sentence": "Critics say the closure will cost €3 million.",
          "cue": {
            "text": "say",
            "start": 39,
            "end": 42
          },
          "source": {
            "text": "Critics",
            "start": 31,
            "end": 38,
            "entity": "Critics",
            "kind": "vague"
          },
          "content": [
            {
              "text": "the closure will cost €3 million",
              "start": 43,
              "end": 77
            }
          ]
        },
        {
          "line": 3,
          "column": 47,
          "form": "agentless",
          "sentence": "It is believed the bridge is unsafe.",
          "cue": {
            "text": "It is believed",
            "start": 79,
            "end": 93
          },
          "source": null,
          "content": [
            {
              "text": "the bridge is unsafe",
              "start": 94,
              "end": 114
            }
          ]
        },
        {
          "line": 5,
          "column": 1,
          "form": "direct",
          "sentence": "\"We have no choice,\" said Ana Müller.",
          "cue": {
            "text": "said",
            "start": 138,
            "end": 142
          },
          "source": {
            "text": "Ana Müller",
            "start": 143,
            "end": 154,
            "entity": "Ana Müller",
            "kind": "person"
          },
          "content": [
            {
              "text": "We have no choice,",
              "start": 118,
              "end": 136
            }
          ]
        }
      ],
      "claims": [
        {
          "line": 3,
          "sentence": "Critics say the closure will cost €3 million.",
          "triggers": [
            "statistic"
          ],
          "support": [
            "Critics"
          ]
        },
        {
          "line": 3,
          "sentence": "It is believed the bridge is unsafe.",
          "triggers": [
            "evaluation"
          ],
          "support": []
        },
        {
          "line": 1,
          "sentence": "Bridge to close, mayor says",
          "triggers": [
            "prediction",
            "causal"
          ],
          "support": [
            "mayor",
            "Critics"
          ]
        }
      ],
      "sources": [
        {
          "name": "Critics",
          "kind": "vague",
          "mentions": 1,
          "attributions": 1
        },
        {
          "name": "Ana Müller",
          "kind": "person",
          "mentions": 1,
          "attributions": 2
        },
        {
          "name": "mayor",
          "kind": "person",
          "mentions": 1,
          "attributions": 1
        }
      ]
    }
  ],
  "summary": {
    "documents": 1,
    "findings": {
      "error": 1,
      "warning": 2,
      "info": 1
    }
  }
}
)";
    CHECK(render_json(test::bridge_documents()) == expected);
}

TEST_CASE("report/json: an empty run is a valid report with no documents") {
    const std::vector<CheckedDocument> none;
    const std::string text = render_json(none);
    CHECK(text ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"tool\": {\n"
          "    \"name\": \"claimcheck\",\n"
          "    \"version\": \"9.9.9\"\n"
          "  },\n"
          "  \"documents\": [],\n"
          "  \"summary\": {\n"
          "    \"documents\": 0,\n"
          "    \"findings\": {\n"
          "      \"error\": 0,\n"
          "      \"warning\": 0,\n"
          "      \"info\": 0\n"
          "    }\n"
          "  }\n"
          "}\n");
    const Validation validation = validate_with_schema(text, "empty");
    CHECK_MESSAGE(validation.status == 0, validation.output);
}

TEST_CASE("report/json: the tool version defaults to the build's version") {
    const ordered_json report = ordered_json::parse(render_json({}, ""));
    CHECK(report["tool"]["version"] == CLAIMCHECK_VERSION);
}

TEST_CASE("report/json: summary counts findings of every document by severity") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    documents.push_back(test::plain_document("b.txt", "Officials said so."));
    documents.back().findings = {test::finding("anonymous-source", Severity::Warning, "m", {0, 9}, 0, "Officials"),
                                 test::finding("x", Severity::Error, "m", {10, 14}, 0, "")};
    const ordered_json report = ordered_json::parse(render_json(documents));
    CHECK(report["summary"] ==
          ordered_json({{"documents", 2}, {"findings", {{"error", 2}, {"warning", 3}, {"info", 1}}}}));
    // No sentences at all: the finding's sentence text is its own span.
    CHECK(report["documents"][1]["findings"][0]["sentence"] == "Officials");
}

TEST_CASE("report/json: output validates against tests/schema/report-v1.schema.json") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    documents.push_back(test::plain_document("empty.txt", ""));
    const Validation valid = validate_with_schema(render_json(documents), "bridge");
    CHECK_MESSAGE(valid.status == 0, valid.output);

    // The validator must reject a report that breaks the contract, or the check above proves nothing.
    std::string broken = render_json(documents);
    const std::string severity = "\"severity\": \"warning\"";
    broken.replace(broken.find(severity), severity.size(), "\"severity\": \"fatal\"");
    const Validation invalid = validate_with_schema(broken, "broken");
    CHECK(invalid.status != 0);
    CHECK(invalid.output.find("$.documents[0].findings[0].severity: 'fatal' is not one of") != std::string::npos);
}

TEST_CASE("report/json: invalid UTF-8 in a path is replaced, not thrown") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("bad\xFFname.txt", "Fine text."));
    const ordered_json report = ordered_json::parse(render_json(documents));
    CHECK(report["documents"][0]["path"] == "bad\xEF\xBF\xBDname.txt");
}

TEST_CASE("report/format table: names round-trip") {
    CHECK(parse_report_format("text") == ReportFormat::Text);
    CHECK(parse_report_format("json") == ReportFormat::Json);
    CHECK_FALSE(parse_report_format("JSON").has_value());
    CHECK_FALSE(parse_report_format("").has_value());
    CHECK(std::string(report_format_name(ReportFormat::Json)) == "json");
    // DESIGN.md's command line names these, in this order.
    const std::vector<std::string> names = {"text", "json", "sarif", "github", "junit", "markdown", "html", "csv"};
    CHECK(report_format_names() == names);
    for (const std::string& name : names) {
        const std::optional<ReportFormat> format = parse_report_format(name);
        REQUIRE(format.has_value());
        CHECK(std::string(report_format_name(*format)) == name);
    }
}
