#include "analysis/claims.hpp"

#include <algorithm>

namespace claimcheck {

ClaimFinder::ClaimFinder(const RulePack& pack) : pack_(pack) {
    RE2::Options options;
    options.set_log_errors(false);
    reply_re_ = std::make_unique<RE2>(required_fragment(pack, "reply"), options);
    if (!reply_re_->ok()) throw UserError(Location{"rules/" + pack.name}, "fragment 'reply': " + reply_re_->error());
    first_person_re_ = std::make_unique<RE2>(required_fragment(pack, "first-person"), options);
    if (!first_person_re_->ok())
        throw UserError(Location{"rules/" + pack.name}, "fragment 'first-person': " + first_person_re_->error());
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

namespace {

// What the headline or the lede adds to a sentence's score (STANDARDS.md §4.4: position adds
// importance, not verifiability).
constexpr double position_weight = 1;

bool holds_figure(std::string_view text, const Attribution& attribution) {
    return std::any_of(attribution.content.begin(), attribution.content.end(), [&](const Span& piece) {
        const std::string_view words = piece.in(text);
        return std::any_of(words.begin(), words.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
}

}  // namespace

void ClaimFinder::attach(const Document& doc, const Segmented& seg, const Analysis& analysis,
                         const AttributionsBySentence& by_sentence, Claim& claim) const {
    // A sentence's own attribution sources it unless it has no source and is no agentless
    // sourcing either: a perception ("seemed") or a question put to someone.
    for (const int i : by_sentence[claim.sentence]) {
        const Attribution& attribution = analysis.attributions[static_cast<std::size_t>(i)];
        if (attribution.source || attribution.form == AttributionForm::Agentless) claim.attributions.push_back(i);
    }
    if (!claim.attributions.empty() || claim.sentence == 0) return;
    // Carry-over (STANDARDS.md §6.3), one sentence and the same paragraph only: a sentence
    // opening with an anaphor continues the previous speaker; a statistic right after a named
    // source's figures continues the same release ("The department said exports rose 4%.
    // Imports fell 2% to $30bn."), which ATTR-22 counts as already attributed.
    const Sentence& sentence = seg.sentences[claim.sentence];
    const Sentence& previous = seg.sentences[claim.sentence - 1];
    if (previous.block != sentence.block) return;
    std::string_view text = sentence.span.in(doc.text);
    std::string_view first = text.substr(0, text.find(' '));
    const bool anaphor = carry_openers_.contains(first);
    const bool figures = claim.has_trigger("statistic");
    for (const int i : by_sentence[claim.sentence - 1]) {
        const Attribution& attribution = analysis.attributions[static_cast<std::size_t>(i)];
        // Figures go on from any source that gave figures ("53% of those polled said …").
        if ((anaphor && attribution.entity >= 0) ||
            (figures && attribution.source && holds_figure(doc.text, attribution)))
            claim.attributions.push_back(i);
    }
}

// The writer's own voice ("I", "my", "we", "our", "you"; the pack's `first-person` fragment): not
// inside quotation marks and not inside the content of an attribution ("he said we must act" is
// his "we").
bool ClaimFinder::writer_speaks(const Document& doc, const Segmented& seg, const Analysis& analysis,
                                const SpanIndex& quoted, const std::vector<int>& attributions,
                                std::size_t sentence) const {
    const Span span = seg.sentences[sentence].span;
    const std::string_view text = span.in(doc.text);
    re2::StringPiece piece(text.data(), text.size());
    if (!RE2::PartialMatch(piece, *first_person_re_)) return false;
    const auto reported = [&](std::size_t offset) {
        if (quoted.overlaps(Span{offset, offset + 1})) return true;
        return std::any_of(attributions.begin(), attributions.end(), [&](int i) {
            const auto& content = analysis.attributions[static_cast<std::size_t>(i)].content;
            return std::any_of(content.begin(), content.end(), [&](const Span& c) { return c.start <= offset && offset < c.end; });
        });
    };
    re2::StringPiece match;
    std::size_t from = 0;
    while (from < text.size() && first_person_re_->Match(piece, from, text.size(), RE2::UNANCHORED, &match, 1)) {
        const auto at = static_cast<std::size_t>(match.data() - text.data());
        if (!reported(span.start + at)) return true;
        from = at + std::max<std::size_t>(1, match.size());
    }
    return false;
}

void ClaimFinder::find(const Document& doc, const Segmented& seg, Analysis& analysis) const {
    const auto ledes = lede_sentences(seg);
    AttributionsBySentence by_sentence(seg.sentences.size());
    for (std::size_t i = 0; i < analysis.attributions.size(); ++i)
        if (analysis.attributions[i].sentence < by_sentence.size())
            by_sentence[analysis.attributions[i].sentence].push_back(static_cast<int>(i));
    std::vector<int> hits;
    std::vector<Span> quote_spans;
    for (const Quote& quote : seg.quotes) quote_spans.push_back(quote.span);
    const SpanIndex quoted(std::move(quote_spans));
    const RE2::Set& raising = *pack_.claims.raising_set.get();  // waits while it is still compiling
    const RE2::Set& lowering = *pack_.claims.lowering_set.get();
    for (std::size_t i = 0; i < seg.sentences.size(); ++i) {
        const Sentence& sentence = seg.sentences[i];
        std::string_view text = sentence.span.in(doc.text);
        re2::StringPiece piece(text.data(), text.size());
        if (RE2::PartialMatch(piece, *reply_re_)) analysis.replies.push_back(sentence.span);
        if (!analysable(sentence)) continue;
        if (writer_speaks(doc, seg, analysis, quoted, by_sentence[i], i)) analysis.first_person.push_back(i);
        hits.clear();
        if (pack_.claims.raising.empty() || !raising.Match(piece, &hits)) continue;
        Claim claim;
        claim.sentence = i;
        claim.span = sentence.span;
        bool verifiable = false;  // a trigger of weight 1 or more: something that can be checked
        std::sort(hits.begin(), hits.end());
        for (int hit : hits) {
            const Trigger& trigger = pack_.claims.triggers[pack_.claims.raising[static_cast<std::size_t>(hit)]];
            claim.score += trigger.weight;
            claim.triggers.push_back(trigger.id);
            verifiable = verifiable || trigger.weight >= 1;
        }
        if (!verifiable) continue;
        const bool lede = std::find(ledes.begin(), ledes.end(), i) != ledes.end();
        const bool headline = sentence.kind == BlockKind::Headline;
        if (headline || lede) claim.score += position_weight;
        if (claim.score < pack_.claims.threshold) continue;
        // Discounts lower the score but are no reason to call a sentence a claim, and exemptions
        // remove it: both only matter for a sentence that got this far, and their gaps make the
        // costlier set ("shares[^.;]*fell").
        hits.clear();
        bool exempt = false;
        if (!pack_.claims.lowering.empty()) lowering.Match(piece, &hits);
        for (int hit : hits) {
            const Trigger& trigger = pack_.claims.triggers[pack_.claims.lowering[static_cast<std::size_t>(hit)]];
            if (trigger.kind == "exempt") exempt = true;
            else claim.score += trigger.weight;
        }
        if (exempt || claim.score < pack_.claims.threshold) continue;
        claim.by_position = (headline || lede) && claim.score - position_weight < pack_.claims.threshold;
        claim.key = headline || lede || claim.has_trigger("allegation") || claim.has_trigger("statistic");
        attach(doc, seg, analysis, by_sentence, claim);
        analysis.claims.push_back(std::move(claim));
    }
}

}  // namespace claimcheck
