// ATTR-10/20: claims and stories that rest on one source.
#include <algorithm>
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

bool unnamed(const Entity& entity) { return entity.kind == SourceKind::Anonymous || entity.kind == SourceKind::Vague; }

// The content opens with a word that points back at the speaker ("the ministry said it
// wanted …", "Leicester say they will not be rushed", "We desperately need …"): the source
// speaks about itself, its plans or its results, and is the first-hand source for that.
bool about_itself(const CheckContext& context, const FindingSink& sink, const Attribution& attribution) {
    const RE2* self = sink.lexicon(sink.text("self-words", "self-reference-words"));
    if (!self || attribution.content.empty()) return false;
    std::string_view text = attribution.content.front().in(context.doc.text);
    while (!text.empty() && (text.front() == '"' || text.front() == ' ' || text.front() == '\'')) text.remove_prefix(1);
    if (text.starts_with("that ")) text.remove_prefix(5);
    if (text.starts_with("\xE2\x80\x9C")) text.remove_prefix(3);  // a curly opening quote
    const std::size_t space = text.find(' ');
    const std::string_view first = text.substr(0, space);
    return RE2::FullMatch(re2::StringPiece(first.data(), first.size()), *self);
}

// The attribution in the claim's own sentence that states it as fact on its speaker's word,
// or nullptr. Beliefs, intentions, evaluations ("accused", "blamed"), findings of documents and
// admissions or denials about oneself are the speaker's acts, reported first-hand.
const Attribution* stated_in_sentence(const CheckContext& context, const FindingSink& sink, const Claim& claim) {
    const std::string classes = sink.text("statement-classes", "neutral,truth,resolve,doubt,eventive,emotive");
    for (const int id : claim.attributions) {
        const Attribution& attribution = context.analysis.attributions[static_cast<std::size_t>(id)];
        if (attribution.sentence != claim.sentence || attribution.form == AttributionForm::Agentless) continue;
        if (!attribution.cue_class.empty() && !listed(classes, attribution.cue_class)) continue;
        // A quotation is the speaker's own words; it rests on one source only when it accuses.
        if (attribution.form == AttributionForm::Direct && !claim.has_trigger("allegation")) continue;
        if (about_itself(context, sink, attribution)) continue;
        return &attribution;
    }
    return nullptr;
}

}  // namespace

void check_single_source_claim(const CheckContext& context, FindingSink& sink) {
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    for (const auto& claim : context.analysis.claims) {
        if (!claim.key || claim.support.size() != 1) continue;
        const Entity& entity = context.analysis.entities[static_cast<std::size_t>(claim.support.front())];
        // What needs a second source: a key claim stated as fact on the word of one unnamed
        // source (ATTR-20). A named source's statement, a document's figures, or an accusation
        // made on the record are news on that source's word; anonymous allegations are
        // anonymous-allegation's.
        if (!unnamed(entity)) continue;
        const Attribution* stated = stated_in_sentence(context, sink, claim);
        if (!stated) continue;
        // The story names or defines the source after all (see check.hpp).
        if (named_after(context, *stated) || public_testimony(context, sink, *stated) || defined_group(context, sink, *stated) ||
            named_in_next_lede_sentence(context, by_sentence, *stated, sink.count("lede-sentences", 3), true))
            continue;
        sink.add(claim.span, claim.sentence, entity_name(context, claim.support.front()),
                 {{"reply", claim.reply_recorded ? "recorded" : "not recorded"}});
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
    if (sides.size() != 1 || counted < sink.count("min-attributions", 2)) return;
    if (context.seg.sentences.empty()) return;
    const Entity& entity = analysis.entities[static_cast<std::size_t>(first)];
    // An interview, a speech or a statement is one voice by nature (ATTR-10: soften it). The
    // story needs another voice when its one source is unnamed (ATTR-10 and ATTR-20: a story
    // resting on one unnamed source).
    const Severity severity = unnamed(entity)
                                  ? sink.check().severity
                                  : parse_severity(sink.text("statement-severity", "info")).value_or(Severity::Info);
    std::size_t sentence = story_sentence(context);
    sink.add(context.seg.sentences[sentence].span, sentence, entity.side.empty() ? entity.name : entity.side, {}, severity);
}

}  // namespace claimcheck
