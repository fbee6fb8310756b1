#include <doctest/doctest.h>

#include "report_fixture.hpp"

using namespace claimcheck;

TEST_CASE("report/markdown: totals, per-rule table, findings per file with line links") {
    CHECK(test::render(ReportFormat::Markdown, test::bridge_and_clean_documents()) ==
          "## claimcheck report\n"
          "\n"
          "4 findings (1 error, 2 warnings, 1 info) in 2 documents.\n"
          "\n"
          "| Rule | Errors | Warnings | Info | Total |\n"
          "|---|---:|---:|---:|---:|\n"
          "| agentless-attribution | 0 | 1 | 0 | 1 |\n"
          "| relayed-statement | 0 | 0 | 1 | 1 |\n"
          "| single-source-claim | 1 | 0 | 0 | 1 |\n"
          "| vague-source | 0 | 1 | 0 | 1 |\n"
          "\n"
          "<details><summary>stories/bridge.md: 4 findings (1 error, 2 warnings, 1 info)</summary>\n"
          "\n"
          "- [3:1](stories/bridge.md#L3) **warning** Vague source 'Critics': say who they are or why they are "
          "qualified (vague-source)\n"
          "  > Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
          "- [3:35](stories/bridge.md#L3) **error** Claim rests on one source: Critics (single-source-claim)\n"
          "  > Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
          "- [3:47](stories/bridge.md#L3) **warning** Agentless attribution 'It is believed': say who "
          "(agentless-attribution)\n"
          "  > It is believed the bridge is unsafe.\n"
          "- [5:22](stories/bridge.md#L5) **info** Statement relayed for Ana M\xC3\xBCller (relayed-statement)\n"
          "  > \"We have no choice,\" said Ana M\xC3\xBCller.\n"
          "\n"
          "</details>\n"
          "\n"
          "1 document has no findings.\n");
}

TEST_CASE("report/markdown: links start with --link-base; paths are URI-encoded, draft text escaped") {
    const auto documents = test::bridge_with_one_finding("stories/my <bridge>.md", "Vague | *source* <b>");
    ReportOptions options;
    options.link_base = "https://example.org/blob/abc/";
    const std::string markdown = test::render(ReportFormat::Markdown, documents, RulePack{}, options);
    CHECK(markdown.find("<details><summary>stories/my &lt;bridge&gt;.md: 1 finding (0 errors, 1 warning, 0 info)"
                        "</summary>\n") != std::string::npos);
    CHECK(markdown.find("- [3:1](https://example.org/blob/abc/stories/my%20%3Cbridge%3E.md#L3) **warning** "
                        "Vague \\| \\*source\\* &lt;b&gt; (vague-source)\n") != std::string::npos);
}

TEST_CASE("report/markdown: a finding over several lines links the range") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    documents[0].findings.resize(1);
    documents[0].findings[0].span = {29, 150};  // line 3 to line 5
    CHECK(test::render(ReportFormat::Markdown, documents).find("(stories/bridge.md#L3-L5)") != std::string::npos);
}

TEST_CASE("report/markdown: no findings") {
    CHECK(test::render(ReportFormat::Markdown, test::clean_documents()) ==
          "## claimcheck report\n\n0 findings (0 errors, 0 warnings, 0 info) in 1 document.\n\n"
          "1 document has no findings.\n");
}
