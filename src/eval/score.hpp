// The scorer of `claimcheck eval`: predicted attributions against gold ones, one article at a
// time, as counts that add up over a corpus (micro-averaging). Pure functions on plain data.
//
// Span level (cue, source, content; every piece is one item):
//   exact   – the two spans are equal once white space is trimmed from both ends of both;
//   overlap – their intersection covers at least half of each (after the same trimming).
// Attribution level:
//   link       – some cue piece of each overlaps, and so does some source piece, or neither
//                attribution has a source;
//   link exact – the same with exact instead of overlap.
// Every comparison is one-to-one, by maximum bipartite matching, so that the counts do not
// depend on the order in which spans are listed.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "eval/attribution_spans.hpp"

namespace claimcheck {

struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0;

    // 0 when undefined (nothing predicted, nothing in gold, or both 0).
    double precision() const;
    double recall() const;
    double f1() const;
    Counts& operator+=(const Counts& other);
    bool operator==(const Counts&) const = default;
};

struct SpanCounts {
    Counts exact, overlap;
    SpanCounts& operator+=(const SpanCounts& other);
};

struct Scores {
    std::size_t articles = 0;
    std::size_t gold_attributions = 0;
    std::size_t predicted_attributions = 0;
    SpanCounts cue, source, content;
    Counts link, link_exact;
    Scores& operator+=(const Scores& other);
};

// One article's counts, and which attribution the link matching paired with which (-1: none),
// so that the misses and false alarms can be shown.
struct ArticleScore {
    Scores scores;
    std::vector<int> gold_link;       // per gold attribution: the predicted one it matched
    std::vector<int> predicted_link;  // per predicted attribution: the gold one it matched
};

// `text` is the article the spans index into (for trimming white space).
ArticleScore score_article(std::string_view text, const std::vector<AttributionSpans>& gold,
                           const std::vector<AttributionSpans>& predicted);

// The building blocks, exposed for tests.

// `span` without ASCII white space (space, tab, CR, LF, FF, VT) at either end.
Span trim_span(std::string_view text, Span span);
// Equal and not empty (an empty span has nothing to match).
bool exact_match(Span a, Span b);
// The intersection is not empty and covers at least half of each span.
bool half_overlap(Span a, Span b);
// A maximum matching between `left` and `right` items where edge(i, j) says whether left i may
// pair with right j (simple augmenting paths; the sizes of one article are small). Returns, for
// each left item, its right partner or -1.
std::vector<int> maximum_matching(std::size_t left, std::size_t right,
                                  const std::function<bool(std::size_t, std::size_t)>& edge);

}  // namespace claimcheck
