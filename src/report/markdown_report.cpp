// `--format markdown`: a summary to post as a pull-request comment: the totals, a table of
// findings per rule, and per document a collapsible list of its findings with links to their
// lines. Draft text and paths are escaped (markdown_text), so a story that quotes Markdown,
// HTML, a table pipe or an @mention shows it as text.
#include <ostream>
#include <string>

#include "report/escape.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

void write_totals(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    const SeverityCounts counts = count_severities(documents);
    out << "## claimcheck report\n\n"
        << describe_counts(counts) << " in " << count_of(static_cast<int>(documents.size()), "document", "documents")
        << ".\n\n";
}

void write_rule_table(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    const auto rules = count_rules(documents);
    if (rules.empty()) return;
    out << "| Rule | Errors | Warnings | Info | Total |\n|---|---:|---:|---:|---:|\n";
    for (const auto& [rule, counts] : rules) {
        out << "| " << markdown_text(rule) << " | " << counts.error << " | " << counts.warning << " | " << counts.info
            << " | " << counts.total() << " |\n";
    }
    out << '\n';
}

// "path#L3" or "path#L3-L5", after ReportOptions::link_base.
std::string line_link(const ReportOptions& options, const Document& doc, const OriginalRange& range) {
    std::string link = options.link_base + uri_path(doc.path) + "#L" + std::to_string(range.start.line);
    if (range.end.line > range.start.line) link += "-L" + std::to_string(range.end.line);
    return link;
}

void write_finding(std::ostream& out, const CheckedDocument& checked, const Finding& finding,
                   const ReportOptions& options) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    out << "- [" << range.start.line << ':' << range.start.column << "](" << line_link(options, checked.doc, range)
        << ") **" << severity_name(finding.severity) << "** " << markdown_text(finding.message) << " ("
        << markdown_text(finding.rule) << ")\n";
    out << "  > " << markdown_text(finding_sentence_text(checked, finding)) << '\n';
}

// Inside <summary> the text is HTML, not Markdown: escaped as markup.
void write_document(std::ostream& out, const CheckedDocument& checked, const ReportOptions& options) {
    if (checked.findings.empty()) return;
    out << "<details><summary>" << escape_markup(checked.doc.path) << ": "
        << describe_counts(count_severities(checked.findings)) << "</summary>\n\n";
    for (const Finding& finding : checked.findings) write_finding(out, checked, finding, options);
    out << "\n</details>\n\n";
}

void write_clean_count(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    int clean = 0;
    for (const CheckedDocument& checked : documents) clean += checked.findings.empty() ? 1 : 0;
    if (clean > 0) out << count_of(clean, "document has", "documents have") << " no findings.\n";
}

}  // namespace

void write_markdown_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                           const ReportOptions& options) {
    write_totals(out, documents);
    write_rule_table(out, documents);
    for (const CheckedDocument& checked : documents) write_document(out, checked, options);
    write_clean_count(out, documents);
}

}  // namespace claimcheck
