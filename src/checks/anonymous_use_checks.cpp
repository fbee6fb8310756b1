// ATTR-07, ATTR-08 and ATTR-18: what an anonymous source is used for. Anonymity is granted for
// information the story could not otherwise print; not for opinion, speculation or attack
// (ATTR-08), and an anonymous allegation needs a word on corroboration and the accused's reply
// (ATTR-18). A rote reason for the anonymity is noted (ATTR-07).
#include <algorithm>
#include <string>

#include "checks/check.hpp"

namespace claimcheck {

namespace {

const Entity* anonymous_speaker(const CheckContext& context, const Attribution& attribution) {
    const Entity* entity = source_entity(context, attribution);
    return entity && entity->kind == SourceKind::Anonymous ? entity : nullptr;
}

// What the source is reported to say: its content, or its sentence when none was found.
std::string reported_text(const CheckContext& context, const Attribution& attribution) {
    std::string text;
    for (const Span& piece : attribution.content) {
        text += piece.in(context.doc.text);
        text += ' ';
    }
    if (text.empty() && attribution.sentence < context.seg.sentences.size())
        text = std::string(context.seg.sentences[attribution.sentence].span.in(context.doc.text));
    return text;
}

// The first match of `re` in `text`, or "".
std::string first_match(const RE2* re, const std::string& text) {
    re2::StringPiece match;
    if (!re || !re->Match(text, 0, text.size(), RE2::UNANCHORED, &match, 1)) return "";
    return std::string(match.data(), match.size());
}

// The span findings about an attribution point at: its source, or its cue for a continuation.
Span where(const Attribution& attribution) { return attribution.source ? *attribution.source : attribution.cue; }

bool story_matches(const CheckContext& context, const RE2* re) {
    if (!re) return false;
    const std::string_view text = context.doc.text;
    return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re);
}

}  // namespace

void check_anonymous_opinion(const CheckContext& context, FindingSink& sink) {
    const RE2* pejoratives = sink.lexicon(sink.text("pejoratives", "pejoratives"));
    const RE2* opinions = sink.lexicon(sink.text("opinion-markers", "opinion-markers"));
    const RE2* speculation = sink.lexicon(sink.text("speculation-markers", "speculation-markers"));
    const WordSet& opinion_cues = sink.words(sink.text("opinion-cues", "opinion-verbs"));
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    std::vector<bool> identified(context.analysis.entities.size(), false);
    for (const Attribution& attribution : context.analysis.attributions) {
        const Entity* entity = anonymous_speaker(context, attribution);
        if (!entity) continue;
        if (attribution.form != AttributionForm::Continuation) {
            const AnonymousUse use = judge_anonymous(context, sink, by_sentence, attribution);
            if (use == AnonymousUse::Identified) identified[static_cast<std::size_t>(attribution.entity)] = true;
            if (use != AnonymousUse::Unnamed) continue;
        }
        if (identified[static_cast<std::size_t>(attribution.entity)]) continue;
        const std::string said = reported_text(context, attribution);
        std::string use, evidence;
        if (!(evidence = first_match(pejoratives, said)).empty()) {
            use = "a pejorative attack";
        } else if (opinion_cues.contains(attribution.cue_lemma)) {
            use = "opinion";
            evidence = text_of(context, attribution.cue);
        } else if (!(evidence = first_match(opinions, said)).empty()) {
            use = "opinion";
        } else if (!(evidence = first_match(speculation, said)).empty()) {
            use = "speculation";
        } else {
            continue;
        }
        sink.add(where(attribution), attribution.sentence, entity->name,
                 {{"use", use}, {"evidence", evidence}});
    }
}

void check_anonymous_allegation(const CheckContext& context, FindingSink& sink) {
    const RE2* wrongdoing = sink.lexicon(sink.text("wrongdoing", "wrongdoing-words"));
    const bool corroborated = story_matches(context, sink.fragment(sink.text("corroboration", "corroboration")));
    const bool replied = story_matches(context, sink.fragment(sink.text("right-of-reply", "right-of-reply")));
    if (corroborated && replied) return;
    std::vector<bool> alleging(context.seg.sentences.size(), false);
    for (const Claim& claim : context.analysis.claims)
        if (claim.sentence < alleging.size() &&
            claim.has_trigger("allegation"))
            alleging[claim.sentence] = true;
    std::string missing, advice;
    if (!corroborated) {
        missing = "no word on corroboration";
        advice = "say whether the newsroom corroborated it (or could not verify it)";
    }
    if (!replied) {
        missing += missing.empty() ? "no right of reply" : " and no right of reply";
        advice += advice.empty() ? "" : ", and ";
        advice += "report the response of those accused (or that they did not respond)";
    }
    const Severity severity = corroborated || replied
                                  ? parse_severity(sink.text("partial-severity", "warning")).value_or(Severity::Warning)
                                  : sink.check().severity;
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    std::vector<bool> reported(context.analysis.entities.size(), false);
    for (const Attribution& attribution : context.analysis.attributions) {
        const Entity* entity = anonymous_speaker(context, attribution);
        if (!entity || attribution.sentence >= alleging.size()) continue;
        if (attribution.form != AttributionForm::Continuation) {
            const AnonymousUse use = judge_anonymous(context, sink, by_sentence, attribution);
            if (use == AnonymousUse::Identified) reported[static_cast<std::size_t>(attribution.entity)] = true;
            if (use != AnonymousUse::Unnamed) continue;
        }
        if (!alleging[attribution.sentence] && first_match(wrongdoing, reported_text(context, attribution)).empty()) continue;
        // One finding per source: the missing corroboration and reply are the story's.
        if (reported[static_cast<std::size_t>(attribution.entity)]) continue;
        reported[static_cast<std::size_t>(attribution.entity)] = true;
        sink.add(where(attribution), attribution.sentence, entity->name, {{"missing", missing}, {"advice", advice}},
                 severity);
    }
}

void check_boilerplate_anonymity(const CheckContext& context, FindingSink& sink) {
    std::vector<bool> reported(context.analysis.entities.size(), false);
    for (const Attribution& attribution : context.analysis.attributions) {
        if (attribution.entity < 0 || !attribution.source || attribution.form == AttributionForm::Continuation) continue;
        const auto id = static_cast<std::size_t>(attribution.entity);
        const Entity& entity = context.analysis.entities[id];
        if (entity.kind != SourceKind::Anonymous || !entity.boilerplate_reason || reported[id]) continue;
        reported[id] = true;  // one finding per source, however often it is cited
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution), {});
    }
}

}  // namespace claimcheck
