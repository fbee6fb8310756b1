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
    CHECK(counts.gold_content_rate() == doctest::Approx(0.5));
    CHECK(counts.per_thousand_words() == doctest::Approx(2000.0 / 17));
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
    total += ClaimFlagCounts{2, 100, 2, 1};
    total += ClaimFlagCounts{1, 400, 0, 0};
    CHECK(total.flags == 3);
    CHECK(total.per_thousand_words() == doctest::Approx(6.0));
    CHECK(total.gold_content_rate() == doctest::Approx(0.5));
}
