// `--format json`: the report of DESIGN.md "JSON report (contract v1)". Scripts rely on every
// field here; add fields freely, never rename or remove one without bumping kJsonReportVersion.
#include "report/json_report.hpp"

#include <ostream>

#include "report/report_support.hpp"

namespace claimcheck {

using nlohmann::ordered_json;

namespace {

std::string text_of(const Document& doc, Span span) { return std::string(span_text(doc, span)); }

// {"text", "start", "end"}: the analysed text of a span and its original byte range.
ordered_json span_json(const Document& doc, Span span) {
    const OriginalRange range = original_range(doc, span);
    ordered_json out;
    out["text"] = text_of(doc, span);
    out["start"] = range.start.byte;
    out["end"] = range.end.byte;
    return out;
}

std::string sentence_text(const CheckedDocument& checked, std::size_t index, Span fallback) {
    return text_of(checked.doc, sentence_span(checked, index).value_or(fallback));
}

ordered_json finding_json(const CheckedDocument& checked, const Finding& finding) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    ordered_json out;
    out["rule"] = finding.rule;
    out["severity"] = severity_name(finding.severity);
    out["message"] = finding.message;
    out["line"] = range.start.line;
    out["column"] = range.start.column;
    out["end_line"] = range.end.line;
    out["end_column"] = range.end.column;
    out["start"] = range.start.byte;
    out["end"] = range.end.byte;
    out["sentence"] = sentence_text(checked, finding.sentence, finding.span);
    out["source"] = finding.source.empty() ? ordered_json(nullptr) : ordered_json(finding.source);
    return out;
}

// The first of an attribution's spans, for when its sentence index is out of range.
Span attribution_extent(const Attribution& attribution) {
    Span first = attribution.cue;
    if (attribution.source && attribution.source->start < first.start) first = *attribution.source;
    for (const Span& content : attribution.content) {
        if (content.start < first.start) first = content;
    }
    return first;
}

// An unresolved source keeps its own text as entity name, so `entity` is always a string.
ordered_json attribution_source_json(const CheckedDocument& checked, const Attribution& attribution) {
    if (!attribution.source) return nullptr;
    ordered_json out = span_json(checked.doc, *attribution.source);
    const Entity* entity = entity_at(checked.analysis, attribution.entity);
    out["entity"] = entity ? entity->name : out["text"].get<std::string>();
    out["kind"] = source_kind_name(entity ? entity->kind : SourceKind::Unresolved);
    return out;
}

// Line and column are those of the attribution's sentence, as in DESIGN.md's example, so that a
// quote whose speaker comes last still points where the reader starts reading it.
ordered_json attribution_json(const CheckedDocument& checked, const Attribution& attribution) {
    const Span sentence = sentence_span(checked, attribution.sentence).value_or(attribution_extent(attribution));
    const Position where = original_range(checked.doc, sentence).start;
    ordered_json out;
    out["line"] = where.line;
    out["column"] = where.column;
    out["form"] = attribution_form_name(attribution.form);
    out["sentence"] = text_of(checked.doc, sentence);
    out["cue"] = span_json(checked.doc, attribution.cue);
    out["source"] = attribution_source_json(checked, attribution);
    out["content"] = ordered_json::array();
    for (const Span& content : attribution.content) out["content"].push_back(span_json(checked.doc, content));
    // The pattern or cue frame that found it, for rule authors tuning a pack.
    if (!attribution.pattern.empty()) out["pattern"] = attribution.pattern;
    return out;
}

ordered_json claim_json(const CheckedDocument& checked, const Claim& claim) {
    const Span sentence = sentence_span(checked, claim.sentence).value_or(claim.span);
    ordered_json out;
    out["line"] = original_range(checked.doc, claim.span).start.line;
    out["sentence"] = text_of(checked.doc, sentence);
    out["triggers"] = claim.triggers;
    out["support"] = ordered_json::array();
    for (int index : claim.support) {
        if (const Entity* entity = entity_at(checked.analysis, index)) out["support"].push_back(entity->name);
    }
    return out;
}

ordered_json source_json(const Entity& entity) {
    ordered_json out;
    out["name"] = entity.name;
    out["kind"] = source_kind_name(entity.kind);
    out["mentions"] = entity.mentions.size();
    out["attributions"] = entity.attributions;
    return out;
}

ordered_json summary_json(const std::vector<CheckedDocument>& documents) {
    const SeverityCounts counts = count_severities(documents);
    ordered_json out;
    out["documents"] = documents.size();
    out["findings"]["error"] = counts.error;
    out["findings"]["warning"] = counts.warning;
    out["findings"]["info"] = counts.info;
    return out;
}

}  // namespace

ordered_json json_document(const CheckedDocument& checked) {
    ordered_json out;
    out["path"] = checked.doc.path;
    out["findings"] = ordered_json::array();
    for (const Finding& finding : checked.findings) out["findings"].push_back(finding_json(checked, finding));
    out["attributions"] = ordered_json::array();
    for (const Attribution& attribution : checked.analysis.attributions) {
        out["attributions"].push_back(attribution_json(checked, attribution));
    }
    out["claims"] = ordered_json::array();
    for (const Claim& claim : checked.analysis.claims) out["claims"].push_back(claim_json(checked, claim));
    out["sources"] = ordered_json::array();
    for (const Entity& entity : checked.analysis.entities) out["sources"].push_back(source_json(entity));
    return out;
}

ordered_json json_report(const std::vector<CheckedDocument>& documents, const ReportOptions& options) {
    ordered_json out;
    out["version"] = kJsonReportVersion;
    out["tool"]["name"] = "claimcheck";
    out["tool"]["version"] = tool_version(options);
    out["documents"] = ordered_json::array();
    for (const CheckedDocument& checked : documents) out["documents"].push_back(json_document(checked));
    out["summary"] = summary_json(documents);
    return out;
}

void write_json(std::ostream& out, const ordered_json& value) {
    out << value.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

void write_json_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                       const ReportOptions& options) {
    write_json(out, json_report(documents, options));
}

}  // namespace claimcheck
