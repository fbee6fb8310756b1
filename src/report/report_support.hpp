// What every report format needs from a checked document: clamped spans, sentence lookup,
// original-file positions and severity counts. Kept in one place so that all formats agree on
// every offset they print.
#pragma once

#include <map>
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
    void add(Severity severity);
    SeverityCounts& operator+=(const SeverityCounts& other);
};

SeverityCounts count_severities(const std::vector<Finding>& findings);
SeverityCounts count_severities(const std::vector<CheckedDocument>& documents);
// "1 finding", "2 findings".
std::string count_of(int count, std::string_view singular, std::string_view plural);
// "4 findings (1 error, 2 warnings, 1 info)", as the text report's summary line says it.
std::string describe_counts(const SeverityCounts& counts);
// Findings per rule id, in id order (so every format lists the rules alike).
std::map<std::string, SeverityCounts> count_rules(const std::vector<Finding>& findings);
std::map<std::string, SeverityCounts> count_rules(const std::vector<CheckedDocument>& documents);
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
// The text of the finding's own sentence (Finding::sentence), or of its span when that index is
// out of range: the `sentence` of the JSON report, which the CSV report repeats.
std::string_view finding_sentence_text(const CheckedDocument& checked, const Finding& finding);
// The index (into seg.sentences) of the sentence finding_sentence shows.
std::optional<std::size_t> finding_sentence_index(const CheckedDocument& checked, const Finding& finding);

// Where a span of the analysed text lies in the original file (end exclusive, never before start).
struct OriginalRange {
    Position start;
    Position end;
};
OriginalRange original_range(const Document& doc, Span span);

const Entity* entity_at(const Analysis& analysis, int index);
// The entity a finding's source refers to: the entity of a mention inside the finding's span
// that reads like the finding's source ("she"), else the entity of that name; null when the
// finding names no source or neither exists.
const Entity* finding_entity(const CheckedDocument& checked, const Finding& finding);

// One row of a sources table: an entity, and how many claims rest on it.
struct SourceRow {
    const Entity* entity = nullptr;
    int claims = 0;        // claims whose support includes the entity
    int sole_support = 0;  // claims whose support is the entity alone
    std::vector<const Claim*> supported;  // those claims, in story order
};
// Most-cited first; ties keep the order of first mention so the output is deterministic.
std::vector<SourceRow> source_rows(const Analysis& analysis);

// Counts code points of one text from its start to a byte offset. Reports ask for offsets in
// increasing order (findings are sorted), so each call continues from the previous one instead
// of counting from the start again.
class CodePointCounter {
public:
    explicit CodePointCounter(std::string_view text) : text_(text) {}
    std::size_t at(std::size_t byte);

private:
    std::string_view text_;
    std::size_t byte_ = 0;
    std::size_t count_ = 0;
};

// Why a check asks for more: its `explain` text (its summary when it has none), without the
// final line break YAML block scalars leave.
std::string rule_explanation(const Check& check);

// ReportOptions::tool_version, or the version claimcheck was built as when that is empty.
std::string tool_version(const ReportOptions& options);

}  // namespace claimcheck
