// ATTR-02: a direct quotation that no attribution carries.
#include <algorithm>

#include <optional>

#include "checks/check.hpp"
#include "common/span_index.hpp"

namespace claimcheck {

namespace {

std::size_t word_count(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// The content of every attribution with an agent: a quotation it overlaps is carried.
SpanIndex carried_content(const Analysis& analysis) {
    std::vector<Span> pieces;
    for (const Attribution& attribution : analysis.attributions)
        if (attribution.form != AttributionForm::Agentless)
            pieces.insert(pieces.end(), attribution.content.begin(), attribution.content.end());
    return SpanIndex(std::move(pieces));
}

// The last sentence holding `offset` (sentences are in text order), if any.
std::optional<std::size_t> sentence_at(const std::vector<Sentence>& sentences, std::size_t offset) {
    auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                  [](std::size_t at, const Sentence& sentence) { return at < sentence.span.start; });
    for (auto it = after; it != sentences.begin();) {
        --it;
        if (it->span.contains(offset)) return static_cast<std::size_t>(it - sentences.begin());
        if (it->span.end <= offset) break;
    }
    return std::nullopt;
}

}  // namespace

void check_unattributed_quote(const CheckContext& context, FindingSink& sink) {
    const auto min_words = static_cast<std::size_t>(sink.number("min-words", 4));
    const SpanIndex carried = carried_content(context.analysis);
    for (const auto& quote : context.seg.quotes) {
        if (quote.depth != 0 || word_count(quote.inner.in(context.doc.text)) < min_words) continue;
        const std::optional<std::size_t> sentence = sentence_at(context.seg.sentences, quote.span.start);
        if (!sentence) continue;
        BlockKind kind = context.seg.sentences[*sentence].kind;
        if (kind != BlockKind::Paragraph && kind != BlockKind::Blockquote && kind != BlockKind::ListItem) continue;
        if (carried.overlaps(quote.inner)) continue;
        sink.add(quote.span, *sentence, "", {});
    }
}

}  // namespace claimcheck
