#include "analysis/claims.hpp"

#include <algorithm>

namespace claimcheck {

ClaimFinder::ClaimFinder(const RulePack& pack) : pack_(pack) {
    RE2::Options options;
    options.set_log_errors(false);
    reply_re_ = std::make_unique<RE2>(required_fragment(pack, "reply"), options);
    if (!reply_re_->ok()) throw UserError(Location{"rules/" + pack.name}, "fragment 'reply': " + reply_re_->error());
    // A sentence opening with one of these continues the previous sentence's speaker.
    carry_openers_ = required_words(pack, "carry-openers");
}

ClaimFinder::~ClaimFinder() = default;

bool ClaimFinder::analysable(const Sentence& sentence) const {
    switch (sentence.kind) {
        case BlockKind::Headline:
        case BlockKind::Paragraph:
        case BlockKind::Blockquote:
        case BlockKind::ListItem:
            return true;
        default:
            return false;
    }
}

// The lede: the first sentence of the first body paragraph.
std::vector<std::size_t> ClaimFinder::lede_sentences(const Segmented& seg) const {
    for (std::size_t i = 0; i < seg.sentences.size(); ++i)
        if (seg.sentences[i].kind == BlockKind::Paragraph) return {i};
    return {};
}

void ClaimFinder::attach(const Document& doc, const Segmented& seg, const Analysis& analysis,
                         const AttributionsBySentence& by_sentence, Claim& claim) const {
    claim.attributions = by_sentence[claim.sentence];
    if (!claim.attributions.empty() || claim.sentence == 0) return;
    // Carry-over (STANDARDS.md §6.3): one sentence, same paragraph, opening with an anaphor.
    const Sentence& sentence = seg.sentences[claim.sentence];
    const Sentence& previous = seg.sentences[claim.sentence - 1];
    if (previous.block != sentence.block) return;
    std::string_view text = sentence.span.in(doc.text);
    std::string_view first = text.substr(0, text.find(' '));
    if (!carry_openers_.contains(first)) return;
    for (const int i : by_sentence[claim.sentence - 1])
        if (analysis.attributions[static_cast<std::size_t>(i)].entity >= 0) claim.attributions.push_back(i);
}

void ClaimFinder::find(const Document& doc, const Segmented& seg, Analysis& analysis) const {
    const auto ledes = lede_sentences(seg);
    AttributionsBySentence by_sentence(seg.sentences.size());
    for (std::size_t i = 0; i < analysis.attributions.size(); ++i)
        if (analysis.attributions[i].sentence < by_sentence.size())
            by_sentence[analysis.attributions[i].sentence].push_back(static_cast<int>(i));
    std::vector<int> hits;
    const RE2::Set& triggers = *pack_.claims.trigger_set.get();  // waits while it is still compiling
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        const Sentence& sentence = seg.sentences[i];
        std::string_view text = sentence.span.in(doc.text);
        re2::StringPiece piece(text.data(), text.size());
        if (RE2::PartialMatch(piece, *reply_re_)) analysis.replies.push_back(sentence.span);
        if (!analysable(sentence)) continue;
        hits.clear();
        if (!triggers.Match(piece, &hits)) continue;
        Claim claim;
        claim.sentence = i;
        claim.span = sentence.span;
        bool exempt = false;
        bool verifiable = false;  // a trigger of weight 1 or more: something that can be checked
        std::sort(hits.begin(), hits.end());
        for (int hit : hits) {
            const Trigger& trigger = pack_.claims.triggers[static_cast<std::size_t>(hit)];
            if (trigger.kind == "exempt") exempt = true;
            else {
                claim.score += trigger.weight;
                // A discount (negative weight) lowers the score but is no reason to call it a claim.
                if (trigger.weight > 0) claim.triggers.push_back(trigger.id);
                verifiable = verifiable || trigger.weight >= 1;
            }
        }
        if (!verifiable) continue;
        const bool lede = std::find(ledes.begin(), ledes.end(), i) != ledes.end();
        const bool headline = sentence.kind == BlockKind::Headline;
        if (headline || lede) claim.score += 1;  // STANDARDS.md §4.4: position adds importance
        if (exempt || claim.score < pack_.claims.threshold) continue;
        auto has = [&](const char* id) { return std::find(claim.triggers.begin(), claim.triggers.end(), id) != claim.triggers.end(); };
        claim.key = headline || lede || has("allegation") || has("statistic");
        attach(doc, seg, analysis, by_sentence, claim);
        analysis.claims.push_back(std::move(claim));
    }
}

}  // namespace claimcheck
