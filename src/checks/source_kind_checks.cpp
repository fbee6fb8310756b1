// ATTR-03 and ATTR-05/06: sources that are vague, or anonymous with no reason given.
#include "checks/check.hpp"

namespace claimcheck {

namespace {

const Entity* entity_of(const CheckContext& context, const Attribution& attribution) {
    if (attribution.entity < 0 || attribution.form == AttributionForm::Continuation) return nullptr;
    return &context.analysis.entities[static_cast<std::size_t>(attribution.entity)];
}

// ATTR-05 specificity, in words the editor can act on.
std::string describe_specificity(const Entity& entity) {
    if (entity.specificity == 0) return "not described at all";
    if (entity.specificity == 1) return "described only thinly";
    return "described";
}

std::string anonymity_advice(const Entity& entity) {
    if (entity.specificity == 0)
        return "say why they were not named, and describe their position and how they know";
    if (entity.specificity == 1) return "say why they were not named, and how they know";
    return "say why they were not named";
}

}  // namespace

namespace {

// The word just before a span in its sentence, or "".
std::string_view word_before(const CheckContext& context, const Attribution& attribution, Span span) {
    const Span sentence = context.seg.sentences[attribution.sentence].span;
    std::string_view before = std::string_view(context.doc.text).substr(sentence.start, span.start - sentence.start);
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
    const std::size_t space = before.rfind(' ');
    return space == std::string_view::npos ? before : before.substr(space + 1);
}

// "One analyst suggested a bidding battle. Bill Armstrong, a retail analyst at CL King, said …":
// a single unnamed expert named in the sentence before or after (ATTR-03 suppression).
bool named_member_nearby(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution, const Entity& entity) {
    if (entity.plural || !attribution.source) return false;
    const std::string source = source_text(context, attribution);  // the words below point into it
    const auto words = split_words(source);
    if (words.empty()) return false;
    const std::string head = ascii_lower(words.back());
    const std::size_t first = attribution.sentence == 0 ? 0 : attribution.sentence - 1;
    for (std::size_t s = first; s <= attribution.sentence + 1 && s < by_sentence.size(); ++s)
        for (const std::size_t index : by_sentence[s]) {
            const Attribution& other = context.analysis.attributions[index];
            const Entity* named = source_entity(context, other);
            if (&other == &attribution || !named || named->kind != SourceKind::Person || !other.source) continue;
            const std::string described = ascii_lower(text_of(context, *other.source));
            if (described.find(head) != std::string::npos && described != ascii_lower(source))
                return true;
        }
    return false;
}

// "people who feel …", "analysts who had expected …": a relative clause with no comma before it
// defines the group it follows rather than cites it.
bool restrictive_relative(const CheckContext& context, const Attribution& attribution) {
    if (!attribution.antecedent || !attribution.source || attribution.antecedent->end > attribution.source->start)
        return false;
    const std::string_view between =
        std::string_view(context.doc.text).substr(attribution.antecedent->end, attribution.source->start - attribution.antecedent->end);
    return between.find(',') == std::string_view::npos;
}

}  // namespace

void check_vague_source(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    const WordSet& pronouns = sink.words(sink.text("pronouns", "subject-pronouns"));
    const WordSet& skip_cues = sink.words(sink.text("skip-cues", "non-statement-verbs"));
    const std::string skip_after = sink.text("skip-after", "");
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Vague || !carries_statement(sink, attribution)) continue;
        if (someone_elses_words(context, by_sentence, attribution)) continue;
        // "They say …" repeats a group already flagged where it was named.
        if (pronouns.contains(source_text(context, attribution))) continue;
        // "people are finding", "until they see": verbs of doing and perceiving, not of saying
        // (a passive "seen by supporters as" still says something).
        if (skip_cues.contains(attribution.cue_lemma) && attribution.pattern != "frame-passive-agent") continue;
        if (named_member_nearby(context, by_sentence, attribution, *entity) || restrictive_relative(context, attribution))
            continue;
        // "… when people asked": a group in a subordinate clause is the circumstance, not a source.
        Span span = attribution.antecedent.value_or(*attribution.source);
        if (listed(skip_after, ascii_lower(word_before(context, attribution, span)))) continue;
        if (defined_group(context, sink, attribution)) continue;
        // "opposition parties and some analysts": the vague group is the last conjunct.
        const std::string_view text = span.in(context.doc.text);
        if (const std::size_t joint = text.rfind(" and "); joint != std::string_view::npos) span.start += joint + 5;
        sink.add(span, attribution.sentence, text_of(context, span), {});
    }
}

void check_anonymous_source(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    std::vector<bool> reported(context.analysis.entities.size(), false);
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Anonymous || entity->anonymity_reason) continue;
        const AnonymousUse use = judge_anonymous(context, sink, by_sentence, attribution);
        // An identified source's other mentions ("replied the witness") need no reason either.
        if (use == AnonymousUse::Identified) reported[static_cast<std::size_t>(attribution.entity)] = true;
        if (use != AnonymousUse::Unnamed) continue;
        // One finding per source: repeated references to the same official are one problem.
        if (reported[static_cast<std::size_t>(attribution.entity)]) continue;
        reported[static_cast<std::size_t>(attribution.entity)] = true;
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution),
                 {{"advice", anonymity_advice(*entity)}, {"specificity", describe_specificity(*entity)},
                  {"score", std::to_string(entity->specificity)}});
    }
}

}  // namespace claimcheck
