#include "eval/claim_flags.hpp"

#include <algorithm>
#include <vector>

#include "report/report_support.hpp"

namespace claimcheck {

namespace {

constexpr const char* kRule = "unattributed-claim";

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// The gold content pieces that share bytes with the sentence, clipped to it and sorted.
std::vector<Span> content_within(const GoldArticle& article, Span sentence) {
    std::vector<Span> pieces;
    for (const AttributionSpans& gold : article.attributions)
        for (const Span& piece : gold.content)
            if (piece.overlaps(sentence))
                pieces.push_back(Span{std::max(piece.start, sentence.start), std::min(piece.end, sentence.end)});
    std::sort(pieces.begin(), pieces.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    return pieces;
}

// Bytes covered by the union of sorted pieces (gold contents may nest or overlap).
std::size_t covered_bytes(const std::vector<Span>& sorted_pieces) {
    std::size_t covered = 0;
    std::size_t reached = 0;
    for (const Span& piece : sorted_pieces) {
        const std::size_t from = std::max(piece.start, reached);
        if (piece.end > from) covered += piece.end - from;
        reached = std::max(reached, piece.end);
    }
    return covered;
}

}  // namespace

ClaimFlagCounts& ClaimFlagCounts::operator+=(const ClaimFlagCounts& other) {
    flags += other.flags;
    words += other.words;
    annotated_flags += other.annotated_flags;
    in_gold_content += other.in_gold_content;
    mostly_in_gold_content += other.mostly_in_gold_content;
    return *this;
}

double ClaimFlagCounts::per_thousand_words() const {
    return words == 0 ? 0.0 : 1000.0 * static_cast<double>(flags) / static_cast<double>(words);
}

double ClaimFlagCounts::gold_content_rate() const {
    return annotated_flags == 0 ? 0.0 : static_cast<double>(in_gold_content) / static_cast<double>(annotated_flags);
}

double ClaimFlagCounts::mostly_in_gold_content_rate() const {
    return annotated_flags == 0 ? 0.0
                                : static_cast<double>(mostly_in_gold_content) / static_cast<double>(annotated_flags);
}

ClaimFlagCounts count_claim_flags(const GoldArticle& article, const CheckedDocument& checked) {
    ClaimFlagCounts counts;
    counts.words = count_words(article.text);
    for (const Finding& finding : checked.findings) {
        if (finding.rule != kRule) continue;
        ++counts.flags;
        if (!article.annotated) continue;
        ++counts.annotated_flags;
        // The flagged sentence, as original byte offsets (the gold's).
        const Span sentence = sentence_span(checked, finding.sentence).value_or(finding.span);
        const OriginalRange range = original_range(checked.doc, sentence);
        const Span original{range.start.byte, range.end.byte};
        const std::vector<Span> inside = content_within(article, original);
        if (!inside.empty()) ++counts.in_gold_content;
        if (2 * covered_bytes(inside) >= original.size() && !inside.empty()) ++counts.mostly_in_gold_content;
    }
    return counts;
}

}  // namespace claimcheck
