// ATTR-03 and ATTR-05/06: sources that are vague, or anonymous with no reason given.
#include "checks/check.hpp"

namespace claimcheck {

namespace {

const Entity* entity_of(const CheckContext& context, const Attribution& attribution) {
    if (attribution.entity < 0 || attribution.form == AttributionForm::Continuation) return nullptr;
    return &context.analysis.entities[static_cast<std::size_t>(attribution.entity)];
}

// What the source is said to do decides whether it is a source at all: "people opt to …" and
// "residents want to …" report what they do or want, not a statement the story rests on. The
// cue classes that carry no statement are a parameter of the check (`skip-classes`).
bool carries_statement(const FindingSink& sink, const Attribution& attribution) {
    return attribution.cue_class.empty() || !listed(sink.text("skip-classes", "intention"), attribution.cue_class);
}

// The source is named inside a quotation or inside another speaker's reported words ("He said
// many people thought gaming a fad"): they are the speaker's words, not the newsroom's sourcing.
bool someone_elses_words(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution) {
    return inside_quote(context, *attribution.source) ||
           reported_by_another(context, by_sentence, attribution, *attribution.source);
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

void check_vague_source(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Vague || !carries_statement(sink, attribution)) continue;
        if (someone_elses_words(context, by_sentence, attribution)) continue;
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution), {});
    }
}

void check_anonymous_source(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    std::vector<bool> reported(context.analysis.entities.size(), false);
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Anonymous || entity->anonymity_reason) continue;
        if (!carries_statement(sink, attribution) || someone_elses_words(context, by_sentence, attribution)) continue;
        // One finding per source: repeated references to the same official are one problem.
        if (reported[static_cast<std::size_t>(attribution.entity)]) continue;
        reported[static_cast<std::size_t>(attribution.entity)] = true;
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution),
                 {{"advice", anonymity_advice(*entity)}, {"specificity", describe_specificity(*entity)},
                  {"score", std::to_string(entity->specificity)}});
    }
}

}  // namespace claimcheck
