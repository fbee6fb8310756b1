// The unattributed-claim measure of `claimcheck eval`: flags per 1,000 words, and how many
// flagged sentences hold a gold attribution's content.
#include <doctest/doctest.h>

#include "../analysis/engine_fixture.hpp"
#include "document/load.hpp"
#include "eval/claim_flags.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

ClaimFlagCounts counts_for(const GoldArticle& article) {
    return count_claim_flags(article, builtin_engine().check(load_document(article.id, article.text, InputFormat::Text)));
}

// Two unsourced statistics: the first sentence (bytes 18-53) is annotated as reported content
// below, the second is not.
const std::string kText = "Ferry fares rise\n\nFares rose by 40 percent last year. The operator cut 200 jobs in March.\n";

}  // namespace

TEST_CASE("claim flags: a flagged sentence inside gold content counts against the check") {
    GoldArticle article{"ferry", kText, {}};
    REQUIRE(kText.substr(18, 35) == "Fares rose by 40 percent last year.");
    AttributionSpans gold;
    gold.content.push_back(Span{18, 53});  // "Fares rose by 40 percent last year"
    article.attributions.push_back(gold);
    const ClaimFlagCounts counts = counts_for(article);
    CHECK(counts.flags == 2);
    CHECK(counts.words == 17);
    CHECK(counts.annotated_flags == 2);
    CHECK(counts.in_gold_content == 1);
    CHECK(counts.mostly_in_gold_content == 1);
    CHECK(counts.gold_content_rate() == doctest::Approx(0.5));
    CHECK(counts.mostly_in_gold_content_rate() == doctest::Approx(0.5));
    CHECK(counts.per_thousand_words() == doctest::Approx(2000.0 / 17));
}

TEST_CASE("claim flags: a few words of gold content overlap the sentence without holding its claim") {
    GoldArticle article{"ferry", kText, {}};
    REQUIRE(kText.substr(32, 10) == "40 percent");
    AttributionSpans gold;
    gold.content.push_back(Span{32, 42});
    article.attributions.push_back(gold);
    const ClaimFlagCounts counts = counts_for(article);
    CHECK(counts.in_gold_content == 1);
    CHECK(counts.mostly_in_gold_content == 0);
}

TEST_CASE("claim flags: nested and overlapping gold contents are counted once towards half the sentence") {
    // "Fares rose by 40 percent last year." is 35 bytes: [18,30) and [24,34) cover 16 bytes
    // together (less than half) though their lengths add up to 22; [30,40) then brings it to 22.
    GoldArticle article{"ferry", kText, {}};
    AttributionSpans first;
    first.content = {Span{18, 30}, Span{24, 34}};
    article.attributions.push_back(first);
    CHECK(counts_for(article).mostly_in_gold_content == 0);
    AttributionSpans second;
    second.content = {Span{30, 40}};
    article.attributions.push_back(second);
    CHECK(counts_for(article).mostly_in_gold_content == 1);
}

TEST_CASE("claim flags: an article with no annotations counts for the rate only") {
    GoldArticle article{"ferry", kText, {}};
    article.annotated = false;
    const ClaimFlagCounts counts = counts_for(article);
    CHECK(counts.flags == 2);
    CHECK(counts.annotated_flags == 0);
    CHECK(counts.in_gold_content == 0);
    CHECK(counts.gold_content_rate() == 0.0);
}

TEST_CASE("claim flags: counts add up over articles") {
    ClaimFlagCounts total;
    total += ClaimFlagCounts{2, 100, 2, 1, 1};
    total += ClaimFlagCounts{1, 400, 0, 0, 0};
    CHECK(total.flags == 3);
    CHECK(total.per_thousand_words() == doctest::Approx(6.0));
    CHECK(total.gold_content_rate() == doctest::Approx(0.5));
    CHECK(total.mostly_in_gold_content_rate() == doctest::Approx(0.5));
}
