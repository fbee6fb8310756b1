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
    json.key("text");
    json.value(span_text(doc, span));
    json.key("start");
    json.value(range.start.byte);
    json.key("end");
    json.value(range.end.byte);
    json.end_object();
}

std::string_view sentence_text(const CheckedDocument& checked, std::size_t index, Span fallback) {
    return span_text(checked.doc, sentence_span(checked, index).value_or(fallback));
}

void write_finding(JsonWriter& json, const CheckedDocument& checked, const Finding& finding) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    json.begin_object();
    json.key("rule");
    json.value(finding.rule);
    json.key("severity");
    json.value(severity_name(finding.severity));
    json.key("message");
    json.value(finding.message);
    json.key("line");
    json.value(range.start.line);
    json.key("column");
    json.value(range.start.column);
    json.key("end_line");
    json.value(range.end.line);
    json.key("end_column");
    json.value(range.end.column);
    json.key("start");
    json.value(range.start.byte);
    json.key("end");
    json.value(range.end.byte);
    json.key("sentence");
    json.value(sentence_text(checked, finding.sentence, finding.span));
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
    json.key("text");
    json.value(span_text(checked.doc, span));
    json.key("start");
    json.value(range.start.byte);
    json.key("end");
    json.value(range.end.byte);
    json.key("entity");
    json.value(entity ? std::string_view(entity->name) : span_text(checked.doc, span));
    json.key("kind");
    json.value(source_kind_name(entity ? entity->kind : SourceKind::Unresolved));
    json.end_object();
}

// Line and column are those of the attribution's sentence, as in DESIGN.md's example, so that a
// quote whose speaker comes last still points where the reader starts reading it.
void write_attribution(JsonWriter& json, const CheckedDocument& checked, const Attribution& attribution) {
    const Span sentence = sentence_span(checked, attribution.sentence).value_or(attribution_extent(attribution));
    const Position where = original_range(checked.doc, sentence).start;
    json.begin_object();
    json.key("line");
    json.value(where.line);
    json.key("column");
    json.value(where.column);
    json.key("form");
    json.value(attribution_form_name(attribution.form));
    json.key("sentence");
    json.value(span_text(checked.doc, sentence));
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
        json.key("pattern");
        json.value(attribution.pattern);
    }
    json.end_object();
}

void write_claim(JsonWriter& json, const CheckedDocument& checked, const Claim& claim) {
    const Span sentence = sentence_span(checked, claim.sentence).value_or(claim.span);
    json.begin_object();
    json.key("line");
    json.value(original_range(checked.doc, claim.span).start.line);
    json.key("sentence");
    json.value(span_text(checked.doc, sentence));
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
    json.key("name");
    json.value(entity.name);
    json.key("kind");
    json.value(source_kind_name(entity.kind));
    json.key("mentions");
    json.value(entity.mentions.size());
    json.key("attributions");
    json.value(entity.attributions);
    json.end_object();
}

template <typename Items, typename Write>
void write_array(JsonWriter& json, const char* name, const Items& items, Write&& write) {
    json.key(name);
    json.begin_array();
    for (const auto& item : items) write(item);
    json.end_array();
}

void write_summary(JsonWriter& json, const std::vector<CheckedDocument>& documents) {
    const SeverityCounts counts = count_severities(documents);
    json.begin_object();
    json.key("documents");
    json.value(documents.size());
    json.key("findings");
    json.begin_object();
    json.key("error");
    json.value(counts.error);
    json.key("warning");
    json.value(counts.warning);
    json.key("info");
    json.value(counts.info);
    json.end_object();
    json.end_object();
}

}  // namespace

void write_json_document(JsonWriter& json, const CheckedDocument& checked) {
    json.begin_object();
    json.key("path");
    json.value(checked.doc.path);
    write_array(json, "findings", checked.findings, [&](const Finding& finding) { write_finding(json, checked, finding); });
    write_array(json, "attributions", checked.analysis.attributions,
                [&](const Attribution& attribution) { write_attribution(json, checked, attribution); });
    write_array(json, "claims", checked.analysis.claims, [&](const Claim& claim) { write_claim(json, checked, claim); });
    write_array(json, "sources", checked.analysis.entities, [&](const Entity& entity) { write_source(json, entity); });
    json.end_object();
}

void write_json(std::ostream& out, const ordered_json& value) {
    out << value.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

void write_json_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                       const ReportOptions& options) {
    JsonWriter json(out);
    json.begin_object();
    json.key("version");
    json.value(kJsonReportVersion);
    json.key("tool");
    json.begin_object();
    json.key("name");
    json.value("claimcheck");
    json.key("version");
    json.value(tool_version(options));
    json.end_object();
    write_array(json, "documents", documents, [&](const CheckedDocument& checked) { write_json_document(json, checked); });
    json.key("summary");
    write_summary(json, documents);
    json.end_object();
    json.finish();
}

}  // namespace claimcheck
