#include "report/report_support.hpp"

#include <algorithm>

namespace claimcheck {

void add_severities(SeverityCounts& counts, const CheckedDocument& checked) {
    for (const Finding& finding : checked.findings) {
        switch (finding.severity) {
            case Severity::Error: ++counts.error; break;
            case Severity::Warning: ++counts.warning; break;
            case Severity::Info: ++counts.info; break;
        }
    }
}

SeverityCounts count_severities(const std::vector<CheckedDocument>& documents) {
    SeverityCounts counts;
    for (const CheckedDocument& checked : documents) add_severities(counts, checked);
    return counts;
}

Span clamp_span(Span span, std::size_t size) {
    Span out;
    out.start = std::min(span.start, size);
    out.end = std::clamp(span.end, out.start, size);
    return out;
}

std::string_view span_text(const Document& doc, Span span) {
    return clamp_span(span, doc.text.size()).in(doc.text);
}

std::optional<Span> sentence_span(const CheckedDocument& checked, std::size_t index) {
    if (index >= checked.seg.sentences.size()) return std::nullopt;
    return checked.seg.sentences[index].span;
}

namespace {

bool shows(Span sentence, Span span) {
    if (span.empty()) return span.start >= sentence.start && span.start <= sentence.end;
    return sentence.overlaps(span);
}

}  // namespace

std::optional<Span> finding_sentence(const CheckedDocument& checked, const Finding& finding) {
    if (auto own = sentence_span(checked, finding.sentence); own && shows(*own, finding.span)) return own;
    for (const Sentence& sentence : checked.seg.sentences) {
        if (shows(sentence.span, Span{finding.span.start, finding.span.start})) return sentence.span;
    }
    return std::nullopt;
}

OriginalRange original_range(const Document& doc, Span span) {
    Span clamped = clamp_span(span, doc.text.size());
    OriginalRange range;
    range.start = doc.map.position(clamped.start, false);
    range.end = doc.map.position(clamped.end, true);
    // An empty span at a piece boundary maps its end to the previous piece: keep end >= start.
    if (range.end.byte < range.start.byte) range.end = range.start;
    return range;
}

const Entity* entity_at(const Analysis& analysis, int index) {
    if (index < 0 || static_cast<std::size_t>(index) >= analysis.entities.size()) return nullptr;
    return &analysis.entities[static_cast<std::size_t>(index)];
}

std::string tool_version(const ReportOptions& options) {
    return options.tool_version.empty() ? std::string(CLAIMCHECK_VERSION) : options.tool_version;
}

}  // namespace claimcheck
