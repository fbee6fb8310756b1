// `--format html`: one self-contained page for editors. A summary and a table of findings per
// rule; for a batch, an index of the stories with their counts; then each story with its
// sentences highlighted by status, its source panel and its list of findings. The JSON report
// rides along in a data block for tools. The page loads nothing and runs no script: its
// Content-Security-Policy forbids both, as a second line of defence behind the escaping.
#include <ostream>
#include <sstream>
#include <string>

#include "report/escape.hpp"
#include "report/html_parts.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

using namespace html;

constexpr std::string_view kPageTitle = "claimcheck report";

void write_head(std::ostream& out, const ReportOptions& options) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "base-uri 'none'; form-action 'none'\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"claimcheck " << escape_markup(tool_version(options)) << "\">\n"
        << "<title>" << kPageTitle << "</title>\n<style>\n" << page_style() << "</style>\n</head>\n";
}

void write_counts_attributes(std::ostream& out, const SeverityCounts& counts) {
    out << " data-error=\"" << counts.error << "\" data-warning=\"" << counts.warning << "\" data-info=\""
        << counts.info << "\" data-findings=\"" << counts.total() << '"';
}

void write_legend(std::ostream& out) {
    out << "<ul class=\"legend\">\n";
    for (Highlight highlight : {Highlight::Unattributed, Highlight::SingleSource, Highlight::WeakSource,
                                Highlight::Note, Highlight::Fine}) {
        out << "<li><span class=\"swatch " << highlight_class(highlight) << "\"></span>" << highlight_label(highlight)
            << "</li>\n";
    }
    out << "</ul>\n";
}

void write_header(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    const SeverityCounts counts = count_severities(documents);
    out << "<header>\n<h1>" << kPageTitle << "</h1>\n<p class=\"summary\" data-documents=\"" << documents.size() << '"';
    write_counts_attributes(out, counts);
    out << '>' << describe_counts(counts) << " in "
        << count_of(static_cast<int>(documents.size()), "document", "documents") << ".</p>\n";
    write_legend(out);
    out << "<p class=\"hint\">Hover over a highlighted sentence, click it or reach it with Tab to see its findings, "
           "its source and why the rule asks for more.</p>\n</header>\n";
}

void write_rule_table(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack& pack) {
    const auto rules = count_rules(documents);
    if (rules.empty()) return;
    out << "<section class=\"rules\"><h2>Findings by rule</h2>\n<table><thead><tr><th>Rule</th><th>What it flags</th>"
           "<th>Errors</th><th>Warnings</th><th>Info</th><th>Total</th></tr></thead><tbody>\n";
    for (const auto& [rule, counts] : rules) {
        const Check* check = pack.check(rule);
        out << "<tr class=\"rule-row\" data-rule=\"" << escape_markup(rule) << "\" data-count=\"" << counts.total()
            << "\"><td><span class=\"swatch " << highlight_class(highlight_for_rule(rule)) << "\"></span><code>"
            << escape_markup(rule) << "</code></td><td>" << escape_markup(check ? check->summary : "") << "</td><td>"
            << counts.error << "</td><td>" << counts.warning << "</td><td>" << counts.info << "</td><td>"
            << counts.total() << "</td></tr>\n";
    }
    out << "</tbody></table></section>\n";
}

// For a batch: one row per story, with its counts per severity and per rule.
void write_index(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    if (documents.size() < 2) return;
    const auto rules = count_rules(documents);
    out << "<nav class=\"index\"><h2>Stories</h2>\n<table><thead><tr><th>Story</th><th>Findings</th><th>Errors</th>"
           "<th>Warnings</th><th>Info</th>";
    for (const auto& entry : rules) out << "<th class=\"rule-col\"><code>" << escape_markup(entry.first) << "</code></th>";
    out << "</tr></thead><tbody>\n";
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const CheckedDocument& checked = documents[i];
        const SeverityCounts counts = count_severities(checked.findings);
        const auto story_rules = count_rules(checked.findings);
        out << "<tr class=\"story-row\" data-path=\"" << escape_markup(checked.doc.path) << '"';
        write_counts_attributes(out, counts);
        out << "><td><a href=\"#" << document_id(i) << "\">" << escape_markup(checked.doc.path) << "</a></td><td>"
            << counts.total() << "</td><td>" << counts.error << "</td><td>" << counts.warning << "</td><td>"
            << counts.info << "</td>";
        for (const auto& entry : rules) {
            const auto found = story_rules.find(entry.first);
            const int count = found == story_rules.end() ? 0 : found->second.total();
            out << "<td data-rule=\"" << escape_markup(entry.first) << "\" data-count=\"" << count << "\">"
                << (count > 0 ? std::to_string(count) : "") << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody></table></nav>\n";
}

void write_story(std::ostream& out, const CheckedDocument& checked, std::size_t index, const RulePack& pack) {
    const SeverityCounts counts = count_severities(checked.findings);
    out << "<section class=\"story\" id=\"" << document_id(index) << "\" data-path=\""
        << escape_markup(checked.doc.path) << '"';
    write_counts_attributes(out, counts);
    out << ">\n<h2>" << escape_markup(checked.doc.path) << "</h2>\n<p class=\"counts\">" << describe_counts(counts)
        << "</p>\n<div class=\"story-body\">\n";
    write_story_text(out, checked, index, pack);
    write_source_panel(out, checked);
    out << "</div>\n<h3>Findings</h3>\n";
    write_findings_list(out, checked, index);
    out << "</section>\n";
}

// The JSON report for tools, as `--format json` writes it; inert: a data block is never run, and
// json_for_script keeps the draft's text from closing it.
void write_data(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack& pack,
                const ReportOptions& options) {
    std::ostringstream json;
    write_report(json, ReportFormat::Json, documents, pack, options);
    out << "<script type=\"application/json\" id=\"claimcheck-report\">\n" << json_for_script(json.str())
        << "</script>\n";
}

}  // namespace

void write_html_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack& pack,
                       const ReportOptions& options) {
    write_head(out, options);
    out << "<body>\n";
    write_header(out, documents);
    write_rule_table(out, documents, pack);
    write_index(out, documents);
    out << "<main>\n";
    for (std::size_t i = 0; i < documents.size(); ++i) write_story(out, documents[i], i, pack);
    out << "</main>\n";
    write_data(out, documents, pack, options);
    out << "</body>\n</html>\n";
}

}  // namespace claimcheck
