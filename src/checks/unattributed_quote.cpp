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

// A sentence with a speaker: an attribution with a source whose cue stands outside every
// quotation ("…," he told the newspaper; Mr Keating added: "…").
std::vector<bool> sentences_with_speaker(const CheckContext& context) {
    std::vector<bool> speaker(context.seg.sentences.size(), false);
    for (const Attribution& attribution : context.analysis.attributions) {
        if (attribution.form == AttributionForm::Agentless || !attribution.source) continue;
        if (attribution.sentence < speaker.size() && !inside_quote(context, attribution.cue))
            speaker[attribution.sentence] = true;
    }
    return speaker;
}

// `BBC Two controller Roly Keating: "…"`: a name and a colon just before the quotation.
bool named_before_colon(std::string_view text, std::size_t quote_start) {
    std::size_t at = quote_start;
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at == 0 || text[at - 1] != ':') return false;
    --at;
    std::size_t word_end = at;
    while (at > 0 && text[at - 1] != ' ') --at;
    if (at == word_end) return false;
    const unsigned char first = static_cast<unsigned char>(text[at]);
    return (first >= 'A' && first <= 'Z') || first >= 0xC3;
}

// Only spaces between the start of the sentence and the quotation.
bool opens_sentence(const CheckContext& context, std::size_t sentence, const Quote& quote) {
    const Span span = context.seg.sentences[sentence].span;
    for (std::size_t i = span.start; i < quote.span.start; ++i)
        if (context.doc.text[i] != ' ') return false;
    return true;
}

}  // namespace

void check_unattributed_quote(const CheckContext& context, FindingSink& sink) {
    const auto min_words = static_cast<std::size_t>(sink.number("min-words", 5));
    const SpanIndex carried = carried_content(context.analysis);
    const std::vector<bool> speaker = sentences_with_speaker(context);
    // Sentences whose quotation was carried: the next sentence's quotation continues it (the
    // newspaper convention of a speaker's words running on over several sentences).
    std::vector<bool> quoted_speaker = speaker;
    for (const auto& quote : context.seg.quotes) {
        if (quote.depth != 0) continue;
        const std::optional<std::size_t> sentence = sentence_of(context, quote.span.start);
        if (!sentence) continue;
        BlockKind kind = context.seg.sentences[*sentence].kind;
        if (kind != BlockKind::Paragraph && kind != BlockKind::Blockquote && kind != BlockKind::ListItem) continue;
        const bool continues = *sentence > 0 && quoted_speaker[*sentence - 1] && opens_sentence(context, *sentence, quote);
        if (carried.overlaps(quote.inner) || speaker[*sentence] || continues ||
            named_before_colon(context.doc.text, quote.span.start)) {
            quoted_speaker[*sentence] = true;
            continue;
        }
        if (word_count(quote.inner.in(context.doc.text)) < min_words) continue;
        sink.add(quote.span, *sentence, "", {});
    }
}

}  // namespace claimcheck
