#include <doctest/doctest.h>

#include <sstream>

#include "report/report.hpp"
#include "report_fixture.hpp"

using namespace claimcheck;

namespace {

std::string render_text(const std::vector<CheckedDocument>& documents, bool color) {
    RulePack pack;
    ReportOptions options;
    options.color = color;
    std::ostringstream out;
    write_report(out, ReportFormat::Text, documents, pack, options);
    return out.str();
}

}  // namespace

TEST_CASE("report/text: compiler-style lines, sentence and caret under the span") {
    const std::string expected =
        "stories/bridge.md:3:1: warning: Vague source 'Critics': say who they are or why they are qualified "
        "[vague-source]\n"
        "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
        "    ^~~~~~~\n"
        "stories/bridge.md:3:35: error: Claim rests on one source: Critics [single-source-claim]\n"
        "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
        "                                      ^~~~~~~~~~\n"
        "stories/bridge.md:3:47: warning: Agentless attribution 'It is believed': say who [agentless-attribution]\n"
        "    It is believed the bridge is unsafe.\n"
        "    ^~~~~~~~~~~~~~\n"
        "stories/bridge.md:5:22: info: Statement relayed for Ana M\xC3\xBCller [relayed-statement]\n"
        "    \"We have no choice,\" said Ana M\xC3\xBCller.\n"
        "                         ^~~~~~~~~~~~~~~\n"
        "4 findings (1 error, 2 warnings, 1 info) in 1 document.\n";
    CHECK(render_text(test::bridge_documents(), false) == expected);
}

TEST_CASE("report/text: colour only when asked, with ANSI codes around path, severity and caret") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::bridge_document());
    documents[0].findings.resize(2);  // a warning and an error
    documents[0].findings[1].severity = Severity::Info;
    const std::string expected =
        "\x1b[1mstories/bridge.md:3:1:\x1b[0m \x1b[33mwarning:\x1b[0m Vague source 'Critics': say who they are or "
        "why they are qualified [vague-source]\n"
        "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
        "    \x1b[32m^~~~~~~\x1b[0m\n"
        "\x1b[1mstories/bridge.md:3:35:\x1b[0m \x1b[36minfo:\x1b[0m Claim rests on one source: Critics "
        "[single-source-claim]\n"
        "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
        "                                      \x1b[32m^~~~~~~~~~\x1b[0m\n"
        "2 findings (0 errors, 1 warning, 1 info) in 1 document.\n";
    CHECK(render_text(documents, true) == expected);
    CHECK(render_text(documents, false).find('\x1b') == std::string::npos);

    documents[0].findings[0].severity = Severity::Error;
    CHECK(render_text(documents, true).find("\x1b[31merror:\x1b[0m") != std::string::npos);
}

TEST_CASE("report/text: summary line for no findings and no documents") {
    std::vector<CheckedDocument> documents;
    CHECK(render_text(documents, false) == "No findings in 0 documents.\n");
    documents.push_back(test::plain_document("a.txt", "The council met on Tuesday."));
    CHECK(render_text(documents, false) == "No findings in 1 document.\n");
    documents.push_back(test::plain_document("b.txt", "Nothing to see."));
    CHECK(render_text(documents, true) == "No findings in 2 documents.\n");
}

TEST_CASE("report/text: findings keep the order given, across documents") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("b.txt", "Experts agree."));
    documents.push_back(test::plain_document("a.txt", "Some say so."));
    documents[0].seg.sentences = {test::sentence({0, 14}, 0, BlockKind::Paragraph, 0)};
    documents[1].seg.sentences = {test::sentence({0, 12}, 0, BlockKind::Paragraph, 0)};
    documents[0].findings = {test::finding("z-rule", Severity::Info, "second word", {8, 13}, 0, ""),
                             test::finding("a-rule", Severity::Warning, "first word", {0, 7}, 0, "")};
    documents[1].findings = {test::finding("vague-source", Severity::Warning, "vague", {0, 4}, 0, "Some")};
    CHECK(render_text(documents, false) ==
          "b.txt:1:9: info: second word [z-rule]\n"
          "    Experts agree.\n"
          "            ^~~~~\n"
          "b.txt:1:1: warning: first word [a-rule]\n"
          "    Experts agree.\n"
          "    ^~~~~~~\n"
          "a.txt:1:1: warning: vague [vague-source]\n"
          "    Some say so.\n"
          "    ^~~~\n"
          "3 findings (0 errors, 2 warnings, 1 info) in 2 documents.\n");
}

TEST_CASE("report/text: a span running past its sentence is underlined only within it") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("s.txt", "One claim here. Another one."));
    documents[0].seg.sentences = {test::sentence({0, 15}, 0, BlockKind::Paragraph, 0),
                                  test::sentence({16, 28}, 0, BlockKind::Paragraph, 1)};
    documents[0].findings = {test::finding("r", Severity::Warning, "m", {10, 24}, 0, "")};
    CHECK(render_text(documents, false) ==
          "s.txt:1:11: warning: m [r]\n"
          "    One claim here.\n"
          "              ^~~~~\n"
          "1 finding (0 errors, 1 warning, 0 info) in 1 document.\n");
}

TEST_CASE("report/text: a finding whose sentence index is wrong falls back to the sentence at its start") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("s.txt", "One claim here. Another one."));
    documents[0].seg.sentences = {test::sentence({0, 15}, 0, BlockKind::Paragraph, 0),
                                  test::sentence({16, 28}, 0, BlockKind::Paragraph, 1)};
    documents[0].findings = {test::finding("r", Severity::Info, "m", {24, 27}, 7, "")};
    CHECK(render_text(documents, false) ==
          "s.txt:1:25: info: m [r]\n"
          "    Another one.\n"
          "            ^~~\n"
          "1 finding (0 errors, 0 warnings, 1 info) in 1 document.\n");

    // No sentence at all: the header line alone, and a span past the text is clamped.
    documents[0].seg.sentences.clear();
    documents[0].findings = {test::finding("r", Severity::Info, "m", {40, 90}, 0, "")};
    CHECK(render_text(documents, false) ==
          "s.txt:1:29: info: m [r]\n"
          "1 finding (0 errors, 0 warnings, 1 info) in 1 document.\n");
}

TEST_CASE("report/text: a sentence spread over lines is shown on one, with the caret aligned") {
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("w.md", "The mayor\tsaid the\nbridge is unsafe."));
    documents[0].seg.sentences = {test::sentence({0, 36}, 0, BlockKind::Paragraph, 0)};
    documents[0].findings = {test::finding("r", Severity::Warning, "m", {19, 25}, 0, "")};
    CHECK(render_text(documents, false) ==
          "w.md:2:1: warning: m [r]\n"
          "    The mayor said the bridge is unsafe.\n"
          "                       ^~~~~~\n"
          "1 finding (0 errors, 1 warning, 0 info) in 1 document.\n");
}
