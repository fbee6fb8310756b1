// `--format json`: the report of DESIGN.md "JSON report (contract v1)". Scripts rely on every
// field here; add fields freely, never rename or remove one without bumping kJsonReportVersion.
#include "report/json_report.hpp"

#include <ostream>

#include "report/json_writer.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

using nlohmann::ordered_json;

namespace {

// {"text", "start", "end"}: the analysed text of a span and its original byte range.
void write_span(JsonWriter& json, const Document& doc, Span span) {
    const OriginalRange range = original_range(doc, span);
    json.begin_object();
    json.member("text", span_text(doc, span));
    json.member("start", range.start.byte);
    json.member("end", range.end.byte);
    json.end_object();
}

std::string_view sentence_text(const CheckedDocument& checked, std::size_t index, Span fallback) {
    return span_text(checked.doc, sentence_span(checked, index).value_or(fallback));
}

void write_finding(JsonWriter& json, const CheckedDocument& checked, const Finding& finding) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    json.begin_object();
    json.member("rule", finding.rule);
    json.member("severity", severity_name(finding.severity));
    json.member("message", finding.message);
    json.member("line", range.start.line);
    json.member("column", range.start.column);
    json.member("end_line", range.end.line);
    json.member("end_column", range.end.column);
    json.member("start", range.start.byte);
    json.member("end", range.end.byte);
    json.member("sentence", sentence_text(checked, finding.sentence, finding.span));
    json.key("source");
    if (finding.source.empty()) json.null();
    else json.value(finding.source);
    json.end_object();
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
void write_attribution_source(JsonWriter& json, const CheckedDocument& checked, const Attribution& attribution) {
    if (!attribution.source) {
        json.null();
        return;
    }
    const Span span = *attribution.source;
    const OriginalRange range = original_range(checked.doc, span);
    const Entity* entity = entity_at(checked.analysis, attribution.entity);
    json.begin_object();
    json.member("text", span_text(checked.doc, span));
    json.member("start", range.start.byte);
    json.member("end", range.end.byte);
    json.member("entity", entity ? std::string_view(entity->name) : span_text(checked.doc, span));
    json.member("kind", source_kind_name(entity ? entity->kind : SourceKind::Unresolved));
    json.end_object();
}

// Line and column are those of the attribution's sentence, as in DESIGN.md's example, so that a
// quote whose speaker comes last still points where the reader starts reading it.
void write_attribution(JsonWriter& json, const CheckedDocument& checked, const Attribution& attribution) {
    const Span sentence = sentence_span(checked, attribution.sentence).value_or(attribution_extent(attribution));
    const Position where = original_range(checked.doc, sentence).start;
    json.begin_object();
    json.member("line", where.line);
    json.member("column", where.column);
    json.member("form", attribution_form_name(attribution.form));
    json.member("sentence", span_text(checked.doc, sentence));
    json.key("cue");
    write_span(json, checked.doc, attribution.cue);
    json.key("source");
    write_attribution_source(json, checked, attribution);
    json.key("content");
    json.begin_array();
    for (const Span& content : attribution.content) write_span(json, checked.doc, content);
    json.end_array();
    // The pattern or cue frame that found it, for rule authors tuning a pack.
    if (!attribution.pattern.empty()) {
        json.member("pattern", attribution.pattern);
    }
    json.end_object();
}

void write_claim(JsonWriter& json, const CheckedDocument& checked, const Claim& claim) {
    const Span sentence = sentence_span(checked, claim.sentence).value_or(claim.span);
    json.begin_object();
    json.member("line", original_range(checked.doc, claim.span).start.line);
    json.member("sentence", span_text(checked.doc, sentence));
    json.key("triggers");
    json.begin_array();
    for (const std::string& trigger : claim.triggers) json.value(trigger);
    json.end_array();
    json.key("support");
    json.begin_array();
    for (int index : claim.support) {
        if (const Entity* entity = entity_at(checked.analysis, index)) json.value(entity->name);
    }
    json.end_array();
    json.end_object();
}

void write_source(JsonWriter& json, const Entity& entity) {
    json.begin_object();
    json.member("name", entity.name);
    json.member("kind", source_kind_name(entity.kind));
    json.member("mentions", entity.mentions.size());
    json.member("attributions", entity.attributions);
    json.end_object();
}

template <typename Items, typename Write>
void write_array(JsonWriter& json, const char* name, const Items& items, Write&& write) {
    json.key(name);
    json.begin_array();
    for (const auto& item : items) write(item);
    json.end_array();
}

void write_problem(JsonWriter& json, const UserError& problem) {
    json.begin_object();
    json.member("line", problem.where().line);
    json.member("column", problem.where().column);
    json.member("message", problem.message());
    json.end_object();
}

void write_summary(JsonWriter& json, const SeverityCounts& counts, std::size_t documents) {
    json.begin_object();
    json.member("documents", documents);
    json.key("findings");
    json.begin_object();
    json.member("error", counts.error);
    json.member("warning", counts.warning);
    json.member("info", counts.info);
    json.end_object();
    json.end_object();
}

}  // namespace

void write_json_document(JsonWriter& json, const CheckedDocument& checked) {
    json.begin_object();
    json.member("path", checked.doc.path);
    write_array(json, "findings", checked.findings, [&](const Finding& finding) { write_finding(json, checked, finding); });
    write_array(json, "attributions", checked.analysis.attributions,
                [&](const Attribution& attribution) { write_attribution(json, checked, attribution); });
    write_array(json, "claims", checked.analysis.claims, [&](const Claim& claim) { write_claim(json, checked, claim); });
    write_array(json, "sources", checked.analysis.entities, [&](const Entity& entity) { write_source(json, entity); });
    // Only when there are some: the problems that did not stop the check (also on stderr).
    if (!checked.doc.problems.empty())
        write_array(json, "errors", checked.doc.problems, [&](const UserError& problem) { write_problem(json, problem); });
    json.end_object();
}

void write_json(std::ostream& out, const ordered_json& value) {
    out << value.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

void write_json_report_start(JsonWriter& json, const ReportOptions& options) {
    json.begin_object();
    json.member("version", kJsonReportVersion);
    json.key("tool");
    json.begin_object();
    json.member("name", "claimcheck");
    json.member("version", tool_version(options));
    json.end_object();
    json.key("documents");
    json.begin_array();
}

void write_json_report_end(JsonWriter& json, const SeverityCounts& counts, std::size_t documents) {
    json.end_array();
    json.key("summary");
    write_summary(json, counts, documents);
    json.end_object();
    json.finish();
}

void write_json_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                       const ReportOptions& options) {
    JsonWriter json(out);
    write_json_report_start(json, options);
    for (const CheckedDocument& checked : documents) write_json_document(json, checked);
    write_json_report_end(json, count_severities(documents), documents.size());
}

}  // namespace claimcheck
