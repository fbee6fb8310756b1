// ATTR-04, ATTR-12 and ATTR-21: how the attribution itself is worded.
#include <sstream>

#include "checks/check.hpp"

namespace claimcheck {

namespace {

// "reportedly" with the outlet named in the sentence or the one before or after it
// (STANDARDS.md ATTR-14: fire only when no outlet is named within one sentence).
bool outlet_nearby(const CheckContext& context, const FindingSink& sink, const Attribution& attribution) {
    const RE2* outlets = sink.lexicon(sink.text("outlets", "outlet-words"));
    if (!outlets || text_of(context, attribution.cue).find("report") == std::string::npos) return false;
    const std::size_t first = attribution.sentence == 0 ? 0 : attribution.sentence - 1;
    for (std::size_t s = first; s <= attribution.sentence + 1 && s < context.seg.sentences.size(); ++s) {
        std::string_view text = context.seg.sentences[s].span.in(context.doc.text);
        if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *outlets)) return true;
    }
    return false;
}

}  // namespace

void check_agentless_attribution(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    for (const auto& attribution : context.analysis.attributions) {
        if (attribution.form != AttributionForm::Agentless || inside_quote(context, attribution.cue)) continue;
        // "It is thought he failed …, said Mr Dobrow": the hedge is the named speaker's.
        if (reported_by_another(context, by_sentence, attribution, attribution.cue)) continue;
        if (outlet_nearby(context, sink, attribution)) continue;
        sink.add(attribution.cue, attribution.sentence, "", {{"cue", text_of(context, attribution.cue)}});
    }
}

void check_loaded_verb(const CheckContext& context, FindingSink& sink) {
    const std::string classes = sink.text("classes", "truth,resolve,doubt,guilt,emotive");
    for (const auto& attribution : context.analysis.attributions) {
        if (attribution.cue_class.empty() || attribution.form == AttributionForm::Continuation) continue;
        if (!listed(classes, attribution.cue_class)) continue;
        // Word-choice rules skip quoted words: they are the speaker's (WP:WTW).
        if (inside_quote(context, attribution.cue)) continue;
        sink.add(attribution.cue, attribution.sentence, source_text(context, attribution),
                 {{"cue", text_of(context, attribution.cue)}, {"class", attribution.cue_class}});
    }
}

void check_relayed_statement(const CheckContext& context, FindingSink& sink) {
    const auto& attributions = context.analysis.attributions;
    for (const auto& attribution : attributions) {
        if (attribution.relay < 0) continue;
        const Attribution& relay = attributions[static_cast<std::size_t>(attribution.relay)];
        Span span{std::min(relay.cue.start, attribution.cue.start), std::max(relay.cue.end, attribution.cue.end)};
        sink.add(span, attribution.sentence, source_text(context, relay), {});
    }
}

void check_unresolved_source(const CheckContext& context, FindingSink& sink) {
    for (const auto& span : context.analysis.unresolved) {
        std::size_t sentence = 0;
        for (std::size_t i = 0; i < context.seg.sentences.size(); ++i)
            if (context.seg.sentences[i].span.contains(span.start)) sentence = i;
        sink.add(span, sentence, text_of(context, span), {});
    }
}

}  // namespace claimcheck
