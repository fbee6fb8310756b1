#include "eval/predict.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "report/report_support.hpp"

namespace claimcheck {

namespace {

// The original byte range of an analysed-text span, as the JSON report prints it.
Span original_span(const Document& doc, Span span) {
    const OriginalRange range = original_range(doc, span);
    return Span{range.start.byte, range.end.byte};
}

void sort_unique(std::vector<Span>& pieces) {
    std::sort(pieces.begin(), pieces.end(),
              [](const Span& a, const Span& b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); });
    pieces.erase(std::unique(pieces.begin(), pieces.end()), pieces.end());
}

AttributionSpans original_spans(const Document& doc, const Attribution& attribution) {
    AttributionSpans out;
    out.cue.push_back(original_span(doc, attribution.cue));
    if (attribution.source) out.source.push_back(original_span(doc, *attribution.source));
    for (const Span& content : attribution.content) out.content.push_back(original_span(doc, content));
    out.implicit_source = out.source.empty();
    return out;
}

}  // namespace

std::vector<AttributionSpans> predicted_attributions(const CheckedDocument& checked) {
    // Keyed by the cue's (start, end), which also orders the result by position.
    std::map<std::pair<std::size_t, std::size_t>, AttributionSpans> by_cue;
    for (const Attribution& attribution : checked.analysis.attributions) {
        AttributionSpans spans = original_spans(checked.doc, attribution);
        const Span cue = spans.cue.front();
        auto [merged, added] = by_cue.try_emplace({cue.start, cue.end}, spans);
        if (added) continue;
        AttributionSpans& into = merged->second;
        into.source.insert(into.source.end(), spans.source.begin(), spans.source.end());
        into.content.insert(into.content.end(), spans.content.begin(), spans.content.end());
    }
    std::vector<AttributionSpans> out;
    for (auto& [cue, spans] : by_cue) {
        sort_unique(spans.source);
        sort_unique(spans.content);
        spans.implicit_source = spans.source.empty();
        out.push_back(std::move(spans));
    }
    return out;
}

}  // namespace claimcheck
