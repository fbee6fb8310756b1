#include "report/report_support.hpp"

#include <algorithm>

#include "text/code_points.hpp"

namespace claimcheck {

void SeverityCounts::add(Severity severity) {
    switch (severity) {
        case Severity::Error: ++error; break;
        case Severity::Warning: ++warning; break;
        case Severity::Info: ++info; break;
    }
}

SeverityCounts& SeverityCounts::operator+=(const SeverityCounts& other) {
    error += other.error;
    warning += other.warning;
    info += other.info;
    return *this;
}

SeverityCounts count_severities(const std::vector<Finding>& findings) {
    SeverityCounts counts;
    for (const Finding& finding : findings) counts.add(finding.severity);
    return counts;
}

SeverityCounts count_severities(const std::vector<CheckedDocument>& documents) {
    SeverityCounts counts;
    for (const CheckedDocument& checked : documents) counts += count_severities(checked.findings);
    return counts;
}

std::string count_of(int count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

std::string describe_counts(const SeverityCounts& counts) {
    return count_of(counts.total(), "finding", "findings") + " (" + count_of(counts.error, "error", "errors") + ", " +
           count_of(counts.warning, "warning", "warnings") + ", " + std::to_string(counts.info) + " info)";
}

std::map<std::string, SeverityCounts> count_rules(const std::vector<Finding>& findings) {
    std::map<std::string, SeverityCounts> counts;
    for (const Finding& finding : findings) counts[finding.rule].add(finding.severity);
    return counts;
}

std::map<std::string, SeverityCounts> count_rules(const std::vector<CheckedDocument>& documents) {
    std::map<std::string, SeverityCounts> counts;
    for (const CheckedDocument& checked : documents) {
        for (const auto& [rule, rule_counts] : count_rules(checked.findings)) counts[rule] += rule_counts;
    }
    return counts;
}

void add_severities(SeverityCounts& counts, const CheckedDocument& checked) { counts += count_severities(checked.findings); }

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

std::string_view finding_sentence_text(const CheckedDocument& checked, const Finding& finding) {
    return span_text(checked.doc, sentence_span(checked, finding.sentence).value_or(finding.span));
}

std::optional<std::size_t> finding_sentence_index(const CheckedDocument& checked, const Finding& finding) {
    if (auto own = sentence_span(checked, finding.sentence); own && shows(*own, finding.span)) return finding.sentence;
    const Span start{finding.span.start, finding.span.start};
    for (std::size_t i = 0; i < checked.seg.sentences.size(); ++i) {
        if (shows(checked.seg.sentences[i].span, start)) return i;
    }
    return std::nullopt;
}

std::optional<Span> finding_sentence(const CheckedDocument& checked, const Finding& finding) {
    const std::optional<std::size_t> index = finding_sentence_index(checked, finding);
    if (!index) return std::nullopt;
    return sentence_span(checked, *index);
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

const Entity* finding_entity(const CheckedDocument& checked, const Finding& finding) {
    if (finding.source.empty()) return nullptr;
    for (const Entity& entity : checked.analysis.entities) {
        for (const Mention& mention : entity.mentions) {
            if (finding.span.contains(mention.span) && span_text(checked.doc, mention.span) == finding.source) {
                return &entity;
            }
        }
    }
    for (const Entity& entity : checked.analysis.entities) {
        if (entity.name == finding.source) return &entity;
    }
    return nullptr;
}

namespace {

SourceRow source_row(const Analysis& analysis, int index) {
    SourceRow row;
    row.entity = &analysis.entities[static_cast<std::size_t>(index)];
    for (const Claim& claim : analysis.claims) {
        if (std::find(claim.support.begin(), claim.support.end(), index) == claim.support.end()) continue;
        ++row.claims;
        if (claim.support.size() == 1) ++row.sole_support;
        row.supported.push_back(&claim);
    }
    std::stable_sort(row.supported.begin(), row.supported.end(),
                     [](const Claim* a, const Claim* b) { return a->sentence < b->sentence; });
    return row;
}

}  // namespace

std::vector<SourceRow> source_rows(const Analysis& analysis) {
    std::vector<SourceRow> rows;
    for (std::size_t i = 0; i < analysis.entities.size(); ++i) rows.push_back(source_row(analysis, static_cast<int>(i)));
    std::stable_sort(rows.begin(), rows.end(), [](const SourceRow& a, const SourceRow& b) {
        if (a.entity->attributions != b.entity->attributions) return a.entity->attributions > b.entity->attributions;
        return a.entity->mentions.size() > b.entity->mentions.size();
    });
    return rows;
}

std::size_t CodePointCounter::at(std::size_t byte) {
    byte = std::min(byte, text_.size());
    if (byte < byte_) {
        byte_ = 0;
        count_ = 0;
    }
    while (byte_ < byte) {
        byte_ += std::max<std::size_t>(1, text::code_point_at(text_, byte_).length);
        ++count_;
    }
    return count_;
}

std::string rule_explanation(const Check& check) {
    std::string text = check.explain.empty() ? check.summary : check.explain;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::string tool_version(const ReportOptions& options) {
    return options.tool_version.empty() ? std::string(CLAIMCHECK_VERSION) : options.tool_version;
}

}  // namespace claimcheck
