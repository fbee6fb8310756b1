// ATTR-01: a check-worthy claim in the reporter's voice with no source.
#include <algorithm>

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

}  // namespace

void check_unattributed_claim(const CheckContext& context, FindingSink& sink) {
    const Severity allegation = parse_severity(sink.text("allegation-severity", "error")).value_or(sink.check().severity);
    for (const auto& claim : context.analysis.claims) {
        if (!claim.attributions.empty() || wholly_quoted(context, claim)) continue;
        bool alleges = std::find(claim.triggers.begin(), claim.triggers.end(), "allegation") != claim.triggers.end();
        sink.add(claim.span, claim.sentence, "", {{"trigger", join_triggers(claim.triggers)}},
                 alleges ? std::max(allegation, sink.check().severity) : sink.check().severity);
    }
}

}  // namespace claimcheck
