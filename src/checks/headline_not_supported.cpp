// ATTR-16: a headline that states as fact a check-worthy claim the body attributes to a source.
// IPSO Clause 1(i) names "headlines not supported by the text"; UK desks mark attribution in a
// headline with ", says X", "X: …" or quotation marks.
#include <algorithm>

#include "analysis/corroborate.hpp"
#include "checks/check.hpp"

namespace claimcheck {

namespace {

// The headline carries its own attribution: a cue ("…, says X", "X: …") or quotation marks.
bool attributed_in_headline(const CheckContext& context, const AttributionsBySentence& by_sentence, std::size_t sentence) {
    if (!by_sentence[sentence].empty()) return true;
    const Span span = context.seg.sentences[sentence].span;
    return std::any_of(context.seg.quotes.begin(), context.seg.quotes.end(),
                       [&](const Quote& quote) { return span.contains(quote.span.start); });
}

// How many of `headline`'s words `body` has (both sorted).
std::size_t shared(const std::vector<std::string>& headline, const std::vector<std::string>& body) {
    std::size_t count = 0;
    for (const std::string& word : headline)
        if (std::binary_search(body.begin(), body.end(), word)) ++count;
    return count;
}

}  // namespace

void check_headline_not_supported(const CheckContext& context, FindingSink& sink) {
    const auto& sentences = context.seg.sentences;
    const WordSet& stop_words = sink.words(sink.text("stop-words", "stop-words"));
    const double min_overlap = sink.number("min-overlap", 0.5);
    const Severity allegation = parse_severity(sink.text("allegation-severity", "error")).value_or(sink.check().severity);
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    // The body's sourced sentences and their words, worked out once: a story has one or two
    // headline sentences, so comparing each with them is linear in the story.
    std::vector<std::pair<std::size_t, std::vector<std::string>>> sourced;
    for (const Claim& claim : context.analysis.claims) {
        if (sentences[claim.sentence].kind != BlockKind::Headline) continue;
        if (attributed_in_headline(context, by_sentence, claim.sentence)) continue;
        const std::vector<std::string> words = content_words(sentences[claim.sentence].span.in(context.doc.text), stop_words);
        if (words.empty()) continue;
        if (sourced.empty())
            for (std::size_t s = 0; s < sentences.size(); ++s) {
                if (sentences[s].kind == BlockKind::Headline || by_sentence[s].empty()) continue;
                sourced.emplace_back(s, content_words(sentences[s].span.in(context.doc.text), stop_words));
            }
        for (const auto& [body, body_words] : sourced) {
            if (static_cast<double>(shared(words, body_words)) < min_overlap * static_cast<double>(words.size())) continue;
            // The source the body gives: the first attribution of that sentence with one.
            const Attribution* by = nullptr;
            for (const std::size_t index : by_sentence[body]) {
                const Attribution& attribution = context.analysis.attributions[index];
                if (attribution.form != AttributionForm::Agentless && attribution.source) {
                    by = &attribution;
                    break;
                }
            }
            if (!by) continue;
            const Entity* entity = source_entity(context, *by);
            const std::string source = entity ? entity->name : source_text(context, *by);
            const bool alleges = claim.has_trigger("allegation");
            sink.add(sentences[claim.sentence].span, claim.sentence, source,
                     {}, alleges ? allegation : sink.check().severity);
            break;
        }
    }
}

}  // namespace claimcheck
