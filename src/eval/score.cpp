#include "eval/score.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

double ratio(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

using SpanMatch = bool (*)(Span, Span);

// Kuhn's algorithm: for each left item in turn, look for an augmenting path. Items are tried in
// index order, but the size of a maximum matching does not depend on that order.
class Matcher {
public:
    Matcher(std::size_t left, std::size_t right, const std::function<bool(std::size_t, std::size_t)>& edge)
        : adjacent_(left), right_partner_(right, -1), left_partner_(left, -1) {
        for (std::size_t i = 0; i < left; ++i)
            for (std::size_t j = 0; j < right; ++j)
                if (edge(i, j)) adjacent_[i].push_back(j);
    }

    std::vector<int> run() {
        for (std::size_t i = 0; i < adjacent_.size(); ++i) {
            visited_.assign(right_partner_.size(), false);
            augment(i);
        }
        return left_partner_;
    }

private:
    // Depth-first search for an augmenting path from left item `root`, with an explicit stack:
    // a line of gold with thousands of identical spans would otherwise recurse that deep.
    bool augment(std::size_t root) {
        struct Level {
            std::size_t left;
            std::size_t next_edge = 0;
        };
        std::vector<Level> path{{root}};
        std::vector<std::size_t> taken;  // taken[k]: the right item level k reached level k + 1 by
        while (!path.empty()) {
            Level& level = path.back();
            if (level.next_edge == adjacent_[level.left].size()) {
                path.pop_back();
                if (!taken.empty()) taken.pop_back();
                continue;
            }
            const std::size_t j = adjacent_[level.left][level.next_edge++];
            if (visited_[j]) continue;
            visited_[j] = true;
            taken.push_back(j);
            if (right_partner_[j] < 0) {
                // A free right item ends the path: every left item on it moves to the right item after it.
                for (std::size_t k = 0; k < path.size(); ++k) {
                    left_partner_[path[k].left] = static_cast<int>(taken[k]);
                    right_partner_[taken[k]] = static_cast<int>(path[k].left);
                }
                return true;
            }
            path.push_back({static_cast<std::size_t>(right_partner_[j])});
        }
        return false;
    }

    std::vector<std::vector<std::size_t>> adjacent_;
    std::vector<int> right_partner_;
    std::vector<int> left_partner_;
    std::vector<bool> visited_;
};

// Counts from a matching of `predicted` (left) against `gold` (right) items.
Counts counts_of(const std::vector<int>& predicted_partner, std::size_t gold) {
    Counts counts;
    counts.tp = static_cast<std::size_t>(
        std::count_if(predicted_partner.begin(), predicted_partner.end(), [](int partner) { return partner >= 0; }));
    counts.fp = predicted_partner.size() - counts.tp;
    counts.fn = gold - counts.tp;
    return counts;
}

Counts match_items(const std::vector<Span>& gold, const std::vector<Span>& predicted, SpanMatch match) {
    const auto partners = maximum_matching(predicted.size(), gold.size(),
                                           [&](std::size_t p, std::size_t g) { return match(predicted[p], gold[g]); });
    return counts_of(partners, gold.size());
}

// Every piece of one role of every attribution: each piece is one item at span level.
std::vector<Span> role_pieces(const std::vector<AttributionSpans>& attributions, std::vector<Span> AttributionSpans::*role) {
    std::vector<Span> pieces;
    for (const AttributionSpans& attribution : attributions)
        pieces.insert(pieces.end(), (attribution.*role).begin(), (attribution.*role).end());
    return pieces;
}

SpanCounts score_role(const std::vector<AttributionSpans>& gold, const std::vector<AttributionSpans>& predicted,
                      std::vector<Span> AttributionSpans::*role) {
    const std::vector<Span> gold_pieces = role_pieces(gold, role);
    const std::vector<Span> predicted_pieces = role_pieces(predicted, role);
    SpanCounts counts;
    counts.exact = match_items(gold_pieces, predicted_pieces, exact_match);
    counts.overlap = match_items(gold_pieces, predicted_pieces, half_overlap);
    return counts;
}

bool any_pair(const std::vector<Span>& a, const std::vector<Span>& b, SpanMatch match) {
    for (const Span& x : a)
        for (const Span& y : b)
            if (match(x, y)) return true;
    return false;
}

bool linked(const AttributionSpans& gold, const AttributionSpans& predicted, SpanMatch match) {
    const bool sources_agree = any_pair(gold.source, predicted.source, match) ||
                               (gold.source.empty() && predicted.source.empty());
    return sources_agree && any_pair(gold.cue, predicted.cue, match);
}

std::vector<int> link_partners(const std::vector<AttributionSpans>& gold, const std::vector<AttributionSpans>& predicted,
                               SpanMatch match) {
    return maximum_matching(predicted.size(), gold.size(),
                            [&](std::size_t p, std::size_t g) { return linked(gold[g], predicted[p], match); });
}

// Gold partner per predicted attribution → predicted partner per gold attribution.
std::vector<int> inverse(const std::vector<int>& partners, std::size_t size) {
    std::vector<int> out(size, -1);
    for (std::size_t i = 0; i < partners.size(); ++i)
        if (partners[i] >= 0) out[static_cast<std::size_t>(partners[i])] = static_cast<int>(i);
    return out;
}

std::vector<AttributionSpans> trimmed(std::string_view text, std::vector<AttributionSpans> attributions) {
    for (AttributionSpans& attribution : attributions)
        for (auto* role : {&attribution.cue, &attribution.source, &attribution.content})
            for (Span& piece : *role) piece = trim_span(text, piece);
    return attributions;
}

}  // namespace

double Counts::precision() const { return ratio(tp, tp + fp); }
double Counts::recall() const { return ratio(tp, tp + fn); }

double Counts::f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    return *this;
}

SpanCounts& SpanCounts::operator+=(const SpanCounts& other) {
    exact += other.exact;
    overlap += other.overlap;
    return *this;
}

Scores& Scores::operator+=(const Scores& other) {
    articles += other.articles;
    gold_attributions += other.gold_attributions;
    predicted_attributions += other.predicted_attributions;
    cue += other.cue;
    source += other.source;
    content += other.content;
    link += other.link;
    link_exact += other.link_exact;
    return *this;
}

Span trim_span(std::string_view text, Span span) {
    span.end = std::min(span.end, text.size());
    span.start = std::min(span.start, span.end);
    while (span.start < span.end && is_space(text[span.start])) ++span.start;
    while (span.end > span.start && is_space(text[span.end - 1])) --span.end;
    return span;
}

bool exact_match(Span a, Span b) { return !a.empty() && a == b; }

bool half_overlap(Span a, Span b) {
    const std::size_t start = std::max(a.start, b.start), end = std::min(a.end, b.end);
    if (end <= start) return false;
    const std::size_t shared = end - start;
    return 2 * shared >= a.size() && 2 * shared >= b.size();
}

std::vector<int> maximum_matching(std::size_t left, std::size_t right,
                                  const std::function<bool(std::size_t, std::size_t)>& edge) {
    return Matcher(left, right, edge).run();
}

ArticleScore score_article(std::string_view text, const std::vector<AttributionSpans>& gold_spans,
                           const std::vector<AttributionSpans>& predicted_spans) {
    const std::vector<AttributionSpans> gold = trimmed(text, gold_spans);
    const std::vector<AttributionSpans> predicted = trimmed(text, predicted_spans);
    ArticleScore out;
    Scores& scores = out.scores;
    scores.articles = 1;
    scores.gold_attributions = gold.size();
    scores.predicted_attributions = predicted.size();
    scores.cue = score_role(gold, predicted, &AttributionSpans::cue);
    scores.source = score_role(gold, predicted, &AttributionSpans::source);
    scores.content = score_role(gold, predicted, &AttributionSpans::content);
    out.predicted_link = link_partners(gold, predicted, half_overlap);
    out.gold_link = inverse(out.predicted_link, gold.size());
    scores.link = counts_of(out.predicted_link, gold.size());
    scores.link_exact = counts_of(link_partners(gold, predicted, exact_match), gold.size());
    return out;
}

}  // namespace claimcheck
