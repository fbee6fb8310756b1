// ATTR-03 and ATTR-05/06: sources that are vague, or anonymous with no reason given.
#include "checks/check.hpp"

namespace claimcheck {

namespace {

const Entity* entity_of(const CheckContext& context, const Attribution& attribution) {
    if (attribution.entity < 0 || attribution.form == AttributionForm::Continuation) return nullptr;
    return &context.analysis.entities[static_cast<std::size_t>(attribution.entity)];
}

std::string anonymity_advice(const Entity& entity) {
    if (entity.specificity == 0)
        return "say why they were not named, and describe their position and how they know";
    if (entity.specificity == 1) return "say why they were not named, and how they know";
    return "say why they were not named";
}

}  // namespace

void check_vague_source(const CheckContext& context, FindingSink& sink) {
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Vague) continue;
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution), {});
    }
}

void check_anonymous_source(const CheckContext& context, FindingSink& sink) {
    std::vector<bool> reported(context.analysis.entities.size(), false);
    for (const auto& attribution : context.analysis.attributions) {
        const Entity* entity = entity_of(context, attribution);
        if (!entity || entity->kind != SourceKind::Anonymous || entity->anonymity_reason) continue;
        // One finding per source: repeated references to the same official are one problem.
        if (reported[static_cast<std::size_t>(attribution.entity)]) continue;
        reported[static_cast<std::size_t>(attribution.entity)] = true;
        sink.add(*attribution.source, attribution.sentence, source_text(context, attribution),
                 {{"advice", anonymity_advice(*entity)}});
    }
}

}  // namespace claimcheck
