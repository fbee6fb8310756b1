// ATTR-01: a check-worthy claim in the reporter's voice with no source.
#include <algorithm>

#include <fmt/format.h>

#include "checks/check.hpp"

namespace claimcheck {

namespace {

// A sentence that is all quotation belongs to unattributed-quote, not to this check.
bool wholly_quoted(const CheckContext& context, const Claim& claim) {
    return std::any_of(context.seg.quotes.begin(), context.seg.quotes.end(), [&](const Quote& quote) {
        return quote.span.start <= claim.span.start + 1 && quote.span.end + 2 >= claim.span.end;
    });
}

std::string join_triggers(const std::vector<std::string>& triggers) {
    std::string out;
    for (const auto& trigger : triggers) {
        if (trigger == "public-actor" || trigger == "policy" || trigger == "event" || trigger == "harm") continue;
        if (!out.empty()) out += ", ";
        out += trigger;
    }
    return out.empty() ? std::string("claim") : out;
}

// The attribution with a source nearest before the claim, in the same paragraph and at most
// `reach` sentences back; nullptr when there is none.
const Attribution* nearby_source(const CheckContext& context, const AttributionsBySentence& by_sentence,
                                 std::size_t sentence, std::size_t reach) {
    const std::size_t block = context.seg.sentences[sentence].block;
    for (std::size_t back = 1; back <= reach && back <= sentence; ++back) {
        const std::size_t earlier = sentence - back;
        if (context.seg.sentences[earlier].block != block) return nullptr;
        const auto& here = by_sentence[earlier];
        for (auto it = here.rbegin(); it != here.rend(); ++it)
            if (context.analysis.attributions[*it].source) return &context.analysis.attributions[*it];
    }
    return nullptr;
}

// A poll, report or set of figures cited as a source in the story's first `lede` sentences
// ("… new figures show", "according to a survey by …"), or nullptr: a data story names where
// its figures come from once, at the top.
const Attribution* lede_data_source(const CheckContext& context, std::size_t lede) {
    std::size_t seen = 0;
    std::size_t lede_end = 0;
    for (; lede_end < context.seg.sentences.size() && seen < lede; ++lede_end) {
        const BlockKind kind = context.seg.sentences[lede_end].kind;
        if (kind == BlockKind::Headline || kind == BlockKind::Paragraph) ++seen;
    }
    for (const auto& attribution : context.analysis.attributions) {
        if (attribution.sentence >= lede_end) break;
        if (attribution.entity < 0 || attribution.form == AttributionForm::Continuation) continue;
        if (context.analysis.entities[static_cast<std::size_t>(attribution.entity)].kind == SourceKind::Document)
            return &attribution;
    }
    return nullptr;
}

// How many sentences within `reach` of sentence (itself included) have the writer speaking in
// their own voice outside quotation marks.
std::size_t first_person_near(const CheckContext& context, std::size_t sentence, std::size_t reach) {
    const auto& first_person = context.analysis.first_person;  // sentence indices, ascending
    const std::size_t from = sentence > reach ? sentence - reach : 0;
    const auto begin = std::lower_bound(first_person.begin(), first_person.end(), from);
    const auto end = std::upper_bound(begin, first_person.end(), sentence + reach);
    return static_cast<std::size_t>(end - begin);
}

std::string sentences_back(std::size_t count) {
    return count == 1 ? "the sentence before" : std::to_string(count) + " sentences back";
}

}  // namespace

void check_unattributed_claim(const CheckContext& context, FindingSink& sink) {
    const Severity allegation = parse_severity(sink.text("allegation-severity", "error")).value_or(sink.check().severity);
    // AP asks for the source to be restated unless context makes it perfectly clear: a claim a
    // few sentences after a named source is still flagged, at this severity, with that source.
    const Severity near_source = parse_severity(sink.text("nearby-source-severity", "info")).value_or(sink.check().severity);
    const auto reach = sink.count("nearby-sentences", 3);
    const AttributionsBySentence by_sentence = attributions_by_sentence(context);
    // A statistic later in a data story whose figures were sourced in the lede: also reported at
    // the nearby-source severity, naming that source.
    const Attribution* data_source =
        lede_data_source(context, sink.count("data-source-lede", 2));
    // A claim among sentences where the writer says "I", "we" or "you" is a column's, a review's
    // or a reader's view: comment is labelled, not sourced (IPSO 1(iv), SPJ), so it is reported
    // at this severity.
    const Severity commentary = parse_severity(sink.text("commentary-severity", "info")).value_or(sink.check().severity);
    const auto commentary_reach = sink.count("commentary-window", 8);
    const auto commentary_count = std::max<std::size_t>(1, sink.count("commentary-sentences", 3));
    // A headline or lede that is a claim only by the weight of where it stands ("Stars shine on
    // the biggest night of the year"): the story's topic line more often than its disputable fact.
    const Severity by_position = parse_severity(sink.text("position-only-severity", "info")).value_or(sink.check().severity);
    for (const auto& claim : context.analysis.claims) {
        if (!claim.attributions.empty() || wholly_quoted(context, claim)) continue;
        const bool alleges = claim.has_trigger("allegation");
        std::map<std::string, std::string> values{{"trigger", join_triggers(claim.triggers)}, {"nearby", ""}};
        Severity severity = alleges ? std::max(allegation, sink.check().severity) : sink.check().severity;
        if (const Attribution* nearby = alleges ? nullptr : nearby_source(context, by_sentence, claim.sentence, reach)) {
            values["nearby"] = fmt::format(" (the last source, '{}', is {}: restate it if this is theirs)",
                                           source_text(context, *nearby), sentences_back(claim.sentence - nearby->sentence));
            severity = near_source;
        } else if (!alleges && data_source && data_source->sentence < claim.sentence && claim.has_trigger("statistic")) {
            values["nearby"] = fmt::format(" (the story's figures are sourced to '{}' at the top: say so again if these are from it)",
                                           source_text(context, *data_source));
            severity = near_source;
        } else if (const std::size_t voiced = first_person_near(context, claim.sentence, commentary_reach);
                   !alleges && voiced >= commentary_count) {
            values["nearby"] = fmt::format(" (the writer's own voice, 'I', 'we' or 'you', is in {} sentences around it: if this is comment, label it as such)", voiced);
            severity = commentary;
        } else if (!alleges && claim.by_position) {
            values["nearby"] = " (a claim only as the headline or lede: source it if it is the story's news)";
            severity = by_position;
        }
        sink.add(claim.span, claim.sentence, "", values, severity);
    }
}

}  // namespace claimcheck
