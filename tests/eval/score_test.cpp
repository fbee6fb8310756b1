// The scorer on hand-made spans: exact counts and ratios for each matching rule.
#include <doctest/doctest.h>

#include <string>

#include "eval/score.hpp"

using namespace claimcheck;

namespace doctest {
template <>
struct StringMaker<Counts> {
    static String convert(const Counts& c) {
        return ("tp " + std::to_string(c.tp) + " fp " + std::to_string(c.fp) + " fn " + std::to_string(c.fn)).c_str();
    }
};
}  // namespace doctest

namespace {

// 100 letters, so that every span below is plain text with nothing to trim.
const std::string kPlain(100, 'x');

AttributionSpans attribution(std::vector<Span> cue, std::vector<Span> source, std::vector<Span> content) {
    AttributionSpans out;
    out.cue = std::move(cue);
    out.source = std::move(source);
    out.content = std::move(content);
    out.implicit_source = out.source.empty();
    return out;
}

Counts counts(std::size_t tp, std::size_t fp, std::size_t fn) {
    Counts out;
    out.tp = tp;
    out.fp = fp;
    out.fn = fn;
    return out;
}

}  // namespace

TEST_CASE("score: precision, recall and F1 from the counts; 0 when undefined") {
    const Counts c = counts(2, 1, 3);
    CHECK(c.precision() == doctest::Approx(2.0 / 3.0));
    CHECK(c.recall() == doctest::Approx(0.4));
    CHECK(c.f1() == doctest::Approx(0.5));
    CHECK(counts(0, 0, 4).precision() == 0.0);  // nothing predicted
    CHECK(counts(0, 3, 0).recall() == 0.0);     // nothing in gold
    CHECK(counts(0, 3, 4).f1() == 0.0);         // P and R both 0
    CHECK(counts(5, 0, 0).f1() == 1.0);
}

TEST_CASE("score: exact needs the same span once white space is trimmed; overlap needs half of each") {
    const std::string text = "The mayor  said  that the bridge will reopen.";
    //                        0123456789012345678901234567890
    CHECK(trim_span(text, Span{9, 17}) == Span{11, 15});  // "  said  " → "said"
    CHECK(trim_span(text, Span{9, 11}) == Span{11, 11});  // only blanks: empty at the end
    CHECK(exact_match(Span{11, 15}, Span{11, 15}));
    CHECK_FALSE(exact_match(Span{11, 15}, Span{11, 16}));
    CHECK_FALSE(exact_match(Span{11, 11}, Span{11, 11}));  // empty spans never match

    // A predicted cue with the blanks around it, and one running into the next word.
    const auto gold = std::vector{attribution({{11, 15}}, {}, {})};
    ArticleScore blanks = score_article(text, gold, {attribution({{9, 17}}, {}, {})});
    CHECK(blanks.scores.cue.exact == counts(1, 0, 0));
    ArticleScore longer = score_article(text, gold, {attribution({{11, 18}}, {}, {})});  // "said  t"
    CHECK(longer.scores.cue.exact == counts(0, 1, 1));
    CHECK(longer.scores.cue.overlap == counts(1, 0, 0));
}

TEST_CASE("score: half overlap is inclusive at exactly half of either span") {
    CHECK(half_overlap(Span{0, 10}, Span{5, 15}));       // 5 shared of 10 and 10
    CHECK_FALSE(half_overlap(Span{0, 10}, Span{6, 16}));  // 4 of 10
    CHECK(half_overlap(Span{0, 10}, Span{0, 20}));       // 10 of 20: half of the longer one
    CHECK_FALSE(half_overlap(Span{0, 10}, Span{0, 21}));  // 10 of 21
    CHECK(half_overlap(Span{0, 21}, Span{10, 31}));       // 11 of 21: more than half
    CHECK_FALSE(half_overlap(Span{0, 21}, Span{11, 32}));  // 10 of 21: less than half
    CHECK_FALSE(half_overlap(Span{0, 10}, Span{10, 20}));     // touching is not overlapping
    CHECK_FALSE(half_overlap(Span{5, 5}, Span{0, 10}));       // an empty span overlaps nothing
}

TEST_CASE("score: matching is one-to-one") {
    // The same source annotated for two attributions, predicted once: one of the two is missed.
    const auto gold = std::vector{attribution({{20, 24}}, {{0, 9}}, {}), attribution({{40, 44}}, {{0, 9}}, {})};
    const auto predicted = std::vector{attribution({{20, 24}}, {{0, 9}}, {})};
    ArticleScore score = score_article(kPlain, gold, predicted);
    CHECK(score.scores.source.exact == counts(1, 0, 1));
    CHECK(score.scores.cue.exact == counts(1, 0, 1));

    // Two predictions over one gold span: one of them is a false alarm.
    ArticleScore twice = score_article(kPlain, {attribution({{0, 10}}, {}, {})},
                                       {attribution({{0, 9}}, {}, {}), attribution({{1, 10}}, {}, {})});
    CHECK(twice.scores.cue.overlap == counts(1, 1, 0));
}

TEST_CASE("score: the matching is maximum, whatever the order of the spans") {
    // X overlaps gold A and B, Y only A: a greedy pass that gives A to X would leave Y unmatched.
    const Span a{0, 10}, b{4, 12}, x{2, 10}, y{0, 6};
    REQUIRE(half_overlap(x, a));
    REQUIRE(half_overlap(x, b));
    REQUIRE(half_overlap(y, a));
    REQUIRE_FALSE(half_overlap(y, b));
    const auto gold = std::vector{attribution({a}, {}, {}), attribution({b}, {}, {})};
    const auto forward = std::vector{attribution({x}, {}, {}), attribution({y}, {}, {})};
    const auto backward = std::vector{attribution({y}, {}, {}), attribution({x}, {}, {})};
    CHECK(score_article(kPlain, gold, forward).scores.cue.overlap == counts(2, 0, 0));
    CHECK(score_article(kPlain, gold, backward).scores.cue.overlap == counts(2, 0, 0));
    CHECK(maximum_matching(2, 2, [&](std::size_t p, std::size_t g) {
              const Span predicted[] = {x, y}, golden[] = {a, b};
              return half_overlap(predicted[p], golden[g]);
          }) == std::vector<int>{1, 0});
}

TEST_CASE("score: every piece of a discontinuous span is an item of its own") {
    // A quote split by its cue: two content pieces in gold.
    const auto gold = std::vector{attribution({{12, 16}}, {{17, 20}}, {{0, 10}, {22, 40}})};
    ArticleScore one_piece = score_article(kPlain, gold, {attribution({{12, 16}}, {{17, 20}}, {{0, 10}})});
    CHECK(one_piece.scores.content.exact == counts(1, 0, 1));
    // One predicted span over both pieces covers less than half of itself with either.
    ArticleScore whole = score_article(kPlain, gold, {attribution({{12, 16}}, {{17, 20}}, {{0, 40}})});
    CHECK(whole.scores.content.overlap == counts(0, 1, 2));
    ArticleScore both = score_article(kPlain, gold, {attribution({{12, 16}}, {{17, 20}}, {{22, 40}, {0, 10}})});
    CHECK(both.scores.content.exact == counts(2, 0, 0));
}

TEST_CASE("score: a link needs the cue and the source; two implicit sources agree") {
    const auto gold = std::vector{
        attribution({{10, 14}}, {{0, 9}}, {{15, 40}}),  // named source
        attribution({{50, 61}}, {}, {{62, 90}}),        // implicit source ("is believed")
    };
    SUBCASE("both found, with content cut differently") {
        ArticleScore score = score_article(kPlain, gold,
                                           {attribution({{10, 14}}, {{0, 9}}, {{15, 30}}), attribution({{50, 61}}, {}, {})});
        CHECK(score.scores.link == counts(2, 0, 0));
        CHECK(score.gold_link == std::vector<int>{0, 1});
        CHECK(score.predicted_link == std::vector<int>{0, 1});
    }
    SUBCASE("a source where gold has none, and none where gold has one") {
        ArticleScore score = score_article(kPlain, gold,
                                           {attribution({{10, 14}}, {}, {}), attribution({{50, 61}}, {{40, 49}}, {})});
        CHECK(score.scores.link == counts(0, 2, 2));
        CHECK(score.scores.cue.exact == counts(2, 0, 0));
        CHECK(score.gold_link == std::vector<int>{-1, -1});
    }
    SUBCASE("the right source with the wrong cue") {
        ArticleScore score = score_article(kPlain, gold, {attribution({{20, 24}}, {{0, 9}}, {})});
        CHECK(score.scores.link == counts(0, 1, 2));
    }
    SUBCASE("any piece of a compound source will do") {
        const auto compound = std::vector{attribution({{30, 34}}, {{0, 5}, {10, 20}}, {})};
        CHECK(score_article(kPlain, compound, {attribution({{30, 34}}, {{10, 21}}, {})}).scores.link == counts(1, 0, 0));
    }
}

TEST_CASE("score: link exact needs exact cue and source spans") {
    const auto gold = std::vector{attribution({{10, 18}}, {{0, 9}}, {})};  // "has said" by "The mayor"
    ArticleScore score = score_article(kPlain, gold, {attribution({{14, 18}}, {{0, 9}}, {})});  // "said"
    CHECK(score.scores.link == counts(1, 0, 0));
    CHECK(score.scores.link_exact == counts(0, 1, 1));
    CHECK(score.scores.cue.exact == counts(0, 1, 1));
    CHECK(score.scores.source.exact == counts(1, 0, 0));
}

TEST_CASE("score: article counts add up over a corpus") {
    const auto gold = std::vector{attribution({{10, 14}}, {{0, 9}}, {{15, 40}})};
    Scores total;
    total += score_article(kPlain, gold, gold).scores;
    total += score_article(kPlain, gold, {}).scores;
    CHECK(total.articles == 2);
    CHECK(total.gold_attributions == 2);
    CHECK(total.predicted_attributions == 1);
    CHECK(total.content.overlap == counts(1, 0, 1));
    CHECK(total.link.f1() == doctest::Approx(2.0 / 3.0));
}

TEST_CASE("score: an augmenting path can run through every earlier match") {
    // Left k (k < n) may take right k or k + 1 and takes k first; left n may only take right 0,
    // so matching it moves every earlier left item one step along.
    const std::size_t n = 200;
    const auto partners = maximum_matching(n + 1, n + 1, [&](std::size_t left, std::size_t right) {
        return left == n ? right == 0 : (right == left || right == left + 1);
    });
    std::vector<int> expected;
    for (std::size_t k = 0; k < n; ++k) expected.push_back(static_cast<int>(k + 1));
    expected.push_back(0);
    CHECK(partners == expected);
}
