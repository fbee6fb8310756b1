// ATTR-02: a direct quotation that no attribution carries.
#include <algorithm>

#include "checks/check.hpp"

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

bool carried(const CheckContext& context, const Quote& quote) {
    return std::any_of(context.analysis.attributions.begin(), context.analysis.attributions.end(),
                       [&](const Attribution& attribution) {
                           if (attribution.form == AttributionForm::Agentless) return false;
                           return std::any_of(attribution.content.begin(), attribution.content.end(),
                                              [&](const Span& piece) { return piece.overlaps(quote.inner); });
                       });
}

}  // namespace

void check_unattributed_quote(const CheckContext& context, FindingSink& sink) {
    const auto min_words = static_cast<std::size_t>(sink.number("min-words", 4));
    for (const auto& quote : context.seg.quotes) {
        if (quote.depth != 0 || word_count(quote.inner.in(context.doc.text)) < min_words) continue;
        std::size_t sentence = 0;
        bool found = false;
        for (std::size_t i = 0; i < context.seg.sentences.size(); ++i)
            if (context.seg.sentences[i].span.contains(quote.span.start)) {
                sentence = i;
                found = true;
            }
        if (!found) continue;
        BlockKind kind = context.seg.sentences[sentence].kind;
        if (kind != BlockKind::Paragraph && kind != BlockKind::Blockquote && kind != BlockKind::ListItem) continue;
        if (carried(context, quote)) continue;
        sink.add(quote.span, sentence, "", {});
    }
}

}  // namespace claimcheck
