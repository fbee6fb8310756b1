// The compiler-style text report: `path:line:col: severity: message [rule-id]`, the sentence,
// and a caret line under the finding's span; a summary line at the end.
#include <algorithm>
#include <ostream>
#include <string>

#include "report/excerpt.hpp"
#include "report/report.hpp"
#include "report/report_stream.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view kIndent = "    ";

struct Palette {
    std::string_view bold, reset, error, warning, info, caret;
};

Palette palette(bool color) {
    if (!color) return {};
    return {"\x1b[1m", "\x1b[0m", "\x1b[31m", "\x1b[33m", "\x1b[36m", "\x1b[32m"};
}

std::string_view severity_color(const Palette& colors, Severity severity) {
    switch (severity) {
        case Severity::Error: return colors.error;
        case Severity::Warning: return colors.warning;
        case Severity::Info: return colors.info;
    }
    return {};
}

void write_header(std::ostream& out, const Palette& colors, const CheckedDocument& checked,
                  const Finding& finding) {
    const Position where = original_range(checked.doc, finding.span).start;
    out << colors.bold << checked.doc.path << ':' << where.line << ':' << where.column << ':'
        << colors.reset << ' ' << severity_color(colors, finding.severity) << severity_name(finding.severity)
        << ':' << colors.reset << ' ' << finding.message << " [" << finding.rule << "]\n";
}

// The sentence, and a caret line under the part of the span that lies in it.
void write_excerpt(std::ostream& out, const Palette& colors, const CheckedDocument& checked,
                   const Finding& finding) {
    const std::optional<Span> sentence = finding_sentence(checked, finding);
    if (!sentence) return;
    const Span shown = clamp_span(*sentence, checked.doc.text.size());
    const Span span = clamp_span(finding.span, checked.doc.text.size());
    const std::size_t start = std::clamp(span.start, shown.start, shown.end) - shown.start;
    const std::size_t end = std::clamp(span.end, shown.start, shown.end) - shown.start;
    const Excerpt excerpt = make_excerpt(shown.in(checked.doc.text), start, end);
    out << kIndent << excerpt.line << '\n';
    out << kIndent << std::string(excerpt.caret_column, ' ') << colors.caret << caret_line(excerpt.caret_width)
        << colors.reset << '\n';
}

}  // namespace

void write_text_summary(std::ostream& out, const SeverityCounts& counts, std::size_t documents) {
    const std::string in_documents = count_of(static_cast<int>(documents), "document", "documents");
    if (counts.total() == 0) {
        out << "No findings in " << in_documents << ".\n";
        return;
    }
    out << describe_counts(counts) << " in " << in_documents << ".\n";
}

void write_text_document(std::ostream& out, const CheckedDocument& checked, const ReportOptions& options) {
    const Palette colors = palette(options.color);
    for (const Finding& finding : checked.findings) {
        write_header(out, colors, checked, finding);
        write_excerpt(out, colors, checked, finding);
    }
}

void write_text_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                       const ReportOptions& options) {
    for (const CheckedDocument& checked : documents) write_text_document(out, checked, options);
    write_text_summary(out, count_severities(documents), documents.size());
}

}  // namespace claimcheck
