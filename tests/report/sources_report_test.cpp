#include <doctest/doctest.h>

#include <sstream>

#include "report/report.hpp"
#include "report_fixture.hpp"

using namespace claimcheck;

namespace {

std::string render_sources(const std::vector<CheckedDocument>& documents, bool json) {
    std::ostringstream out;
    write_sources(out, documents, json);
    return out.str();
}

}  // namespace

TEST_CASE("report/sources: aligned table, most-cited first, claims and sole support counted") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    documents.push_back(test::plain_document("empty.txt", "Nothing quoted."));
    // Columns align by display width: "Ana Müller" is 11 bytes but 10 columns. The claims that
    // rest on one source follow the table, in story order, with that source.
    CHECK(render_sources(documents, false) ==
          "stories/bridge.md\n"
          "  Source      Kind    Side        Mentions  Attributions  Claims  Sole support\n"
          "  Ana M\xC3\xBCller  person  Ana M\xC3\xBCller         1             2       0             0\n"
          "  Critics     vague   -                  1             1       2             1\n"
          "  mayor       person  City Hall          1             1       1             0\n"
          "  Claims resting on one source:\n"
          "    line 3: Critics say the closure will cost \xE2\x82\xAC" "3 million. [Critics]\n"
          "\n"
          "empty.txt\n"
          "  No sources.\n");
}

TEST_CASE("report/sources: JSON, with the claims each source supports and whether it alone does") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    const std::string expected = R"({
  "version": 1,
  "documents": [
    {
      "path": "stories/bridge.md",
      "sources": [
        {
          "name": "Ana Müller",
          "kind": "person",
          "side": "Ana Müller",
          "mentions": 1,
          "attributions": 2,
          "claims": 0,
          "sole_support": 0,
          "supports": []
        },
        {
          "name": "Critics",
          "kind": "vague",
          "side": "",
          "mentions": 1,
          "attributions": 1,
          "claims": 2,
          "sole_support": 1,
          "supports": [
            {
              "line": 1,
              "sentence": "Bridge to close, mayor says",
              "sole": false
            },
            {
              "line": 3,
              "sentence": "Critics say the closure will cost €3 million.",
              "sole": true
            }
          ]
        },
        {
          "name": "mayor",
          "kind": "person",
          "side": "City Hall",
          "mentions": 1,
          "attributions": 1,
          "claims": 1,
          "sole_support": 0,
          "supports": [
            {
              "line": 1,
              "sentence": "Bridge to close, mayor says",
              "sole": false
            }
          ]
        }
      ]
    }
  ]
}
)";
    CHECK(render_sources(documents, true) == expected);
}

TEST_CASE("report/sources: no documents") {
    CHECK(render_sources({}, false) == "");
    CHECK(render_sources({}, true) == "{\n  \"version\": 1,\n  \"documents\": []\n}\n");
}
