// What every report format needs from a checked document: clamped spans, sentence lookup,
// original-file positions and severity counts. Kept in one place so that all formats agree on
// every offset they print.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace claimcheck {

struct SeverityCounts {
    int error = 0;
    int warning = 0;
    int info = 0;
    int total() const { return error + warning + info; }
};

SeverityCounts count_severities(const std::vector<CheckedDocument>& documents);
// Adds the findings of one document to `counts` (reports written a document at a time).
void add_severities(SeverityCounts& counts, const CheckedDocument& checked);

// A span cut to the bounds of a text of `size` bytes, so a faulty span from an earlier stage
// degrades a report line instead of crashing it.
Span clamp_span(Span span, std::size_t size);
std::string_view span_text(const Document& doc, Span span);

// The span of sentence `index`, or nullopt when the index is out of range.
std::optional<Span> sentence_span(const CheckedDocument& checked, std::size_t index);
// The sentence a finding should be shown in: its own sentence when that overlaps (or, for an
// empty span, touches) the finding's span, else the sentence containing the span's start.
std::optional<Span> finding_sentence(const CheckedDocument& checked, const Finding& finding);

// Where a span of the analysed text lies in the original file (end exclusive, never before start).
struct OriginalRange {
    Position start;
    Position end;
};
OriginalRange original_range(const Document& doc, Span span);

const Entity* entity_at(const Analysis& analysis, int index);

// ReportOptions::tool_version, or the version claimcheck was built as when that is empty.
std::string tool_version(const ReportOptions& options);

}  // namespace claimcheck
