// ATTR-10/20: claims and stories that rest on one source.
#include <set>

#include "checks/check.hpp"

namespace claimcheck {

namespace {

const std::string& entity_name(const CheckContext& context, int entity) {
    return context.analysis.entities[static_cast<std::size_t>(entity)].name;
}

// The first analysable sentence: where a story-level finding points.
std::size_t story_sentence(const CheckContext& context) {
    for (std::size_t i = 0; i < context.seg.sentences.size(); ++i) {
        BlockKind kind = context.seg.sentences[i].kind;
        if (kind == BlockKind::Headline || kind == BlockKind::Paragraph) return i;
    }
    return 0;
}

}  // namespace

void check_single_source_claim(const CheckContext& context, FindingSink& sink) {
    for (const auto& claim : context.analysis.claims) {
        if (!claim.key || claim.support.size() != 1) continue;
        const std::string& name = entity_name(context, claim.support.front());
        sink.add(claim.span, claim.sentence, name, {{"reply", claim.reply_recorded ? "recorded" : "not recorded"}});
    }
}

void check_single_source_story(const CheckContext& context, FindingSink& sink) {
    const auto& analysis = context.analysis;
    std::set<std::string> sides;
    int first = -1;
    std::size_t counted = 0;
    for (const auto& attribution : analysis.attributions) {
        if (attribution.entity < 0) continue;
        const Entity& entity = analysis.entities[static_cast<std::size_t>(attribution.entity)];
        if (entity.kind == SourceKind::Unresolved) continue;
        sides.insert(entity.side);
        if (first < 0) first = attribution.entity;
        ++counted;
    }
    if (sides.size() != 1 || counted < static_cast<std::size_t>(sink.number("min-attributions", 2))) return;
    if (context.seg.sentences.empty()) return;
    std::size_t sentence = story_sentence(context);
    const Entity& entity = analysis.entities[static_cast<std::size_t>(first)];
    sink.add(context.seg.sentences[sentence].span, sentence, entity.side.empty() ? entity.name : entity.side, {});
}

}  // namespace claimcheck
