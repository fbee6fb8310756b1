#include "eval/claim_flags.hpp"

#include <algorithm>

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

bool overlaps_gold_content(const GoldArticle& article, Span sentence) {
    return std::any_of(article.attributions.begin(), article.attributions.end(), [&](const AttributionSpans& gold) {
        return std::any_of(gold.content.begin(), gold.content.end(),
                           [&](const Span& piece) { return piece.overlaps(sentence); });
    });
}

}  // namespace

ClaimFlagCounts& ClaimFlagCounts::operator+=(const ClaimFlagCounts& other) {
    flags += other.flags;
    words += other.words;
    annotated_flags += other.annotated_flags;
    in_gold_content += other.in_gold_content;
    return *this;
}

double ClaimFlagCounts::per_thousand_words() const {
    return words == 0 ? 0.0 : 1000.0 * static_cast<double>(flags) / static_cast<double>(words);
}

double ClaimFlagCounts::gold_content_rate() const {
    return annotated_flags == 0 ? 0.0 : static_cast<double>(in_gold_content) / static_cast<double>(annotated_flags);
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
        if (overlaps_gold_content(article, Span{range.start.byte, range.end.byte})) ++counts.in_gold_content;
    }
    return counts;
}

}  // namespace claimcheck
