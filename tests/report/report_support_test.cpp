#include <doctest/doctest.h>

#include "report/report_support.hpp"
#include "report_fixture.hpp"

using namespace claimcheck;

TEST_CASE("report/support: counts per severity and per rule, over documents") {
    std::vector<CheckedDocument> documents = test::bridge_documents();
    documents.push_back(test::bridge_document());
    const SeverityCounts counts = count_severities(documents);
    CHECK(counts.error == 2);
    CHECK(counts.warning == 4);
    CHECK(counts.info == 2);
    const auto rules = count_rules(documents);
    REQUIRE(rules.size() == 4);
    CHECK(rules.begin()->first == "agentless-attribution");  // in id order
    CHECK(rules.at("single-source-claim").error == 2);
    CHECK(rules.at("vague-source").total() == 2);
    CHECK(describe_counts(counts) == "8 findings (2 errors, 4 warnings, 2 info)");
    CHECK(describe_counts(SeverityCounts{0, 1, 0}) == "1 finding (0 errors, 1 warning, 0 info)");
}

TEST_CASE("report/support: code points counted forwards, and again after going back") {
    CodePointCounter counter("a\xE2\x82\xAC" "b\xC3\xBC" "c");  // a € b ü c
    CHECK(counter.at(0) == 0);
    CHECK(counter.at(1) == 1);
    CHECK(counter.at(4) == 2);
    CHECK(counter.at(8) == 5);
    CHECK(counter.at(1) == 1);
    CHECK(counter.at(100) == 5);  // clamped to the end
}

TEST_CASE("report/support: a finding's source entity is the one its mention names") {
    const CheckedDocument checked = test::bridge_document();
    // The single-source claim spans "€3 million" and names Critics, mentioned before the span.
    const Entity* critics = finding_entity(checked, checked.findings[1]);
    REQUIRE(critics != nullptr);
    CHECK(critics->name == "Critics");
    const Entity* ana = finding_entity(checked, checked.findings[3]);
    REQUIRE(ana != nullptr);
    CHECK(ana->name == "Ana M\xC3\xBCller");
    CHECK(finding_entity(checked, checked.findings[2]) == nullptr);  // agentless
}

TEST_CASE("report/support: a finding's sentence index falls back to the sentence holding its start") {
    CheckedDocument checked = test::bridge_document();
    CHECK(finding_sentence_index(checked, checked.findings[0]) == std::optional<std::size_t>(1));
    checked.findings[0].sentence = 99;
    CHECK(finding_sentence_index(checked, checked.findings[0]) == std::optional<std::size_t>(1));
    CHECK(finding_sentence_text(checked, checked.findings[0]) == "Critics");  // the JSON's fallback: the span
    checked.findings[0].span = {500, 510};
    CHECK_FALSE(finding_sentence_index(checked, checked.findings[0]).has_value());
}

TEST_CASE("report/support: source rows, most-quoted first") {
    const CheckedDocument checked = test::bridge_document();
    const std::vector<SourceRow> rows = source_rows(checked.analysis);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].entity->name == "Ana M\xC3\xBCller");
    CHECK(rows[1].entity->name == "Critics");
    CHECK(rows[1].claims == 2);
    CHECK(rows[1].sole_support == 1);
    // The claims themselves, in story order: the headline (with the mayor) and the sentence
    // resting on the critics alone.
    REQUIRE(rows[1].supported.size() == 2);
    CHECK(rows[1].supported[0]->sentence < rows[1].supported[1]->sentence);
    CHECK(rows[1].supported[0]->support.size() == 2);
    CHECK(rows[1].supported[1]->support.size() == 1);
    CHECK(rows[0].supported.empty());
}
