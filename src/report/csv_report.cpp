// `--format csv`: one row per finding, for spreadsheets and scripts (RFC 4180: a header row,
// CRLF line ends, fields quoted only when they must be). Values are those of the JSON report's
// findings; a finding with no source has an empty source field.
#include <array>
#include <ostream>
#include <string>

#include "report/escape.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

constexpr std::array kColumns = {"file", "line", "column", "end_line", "end_column", "rule",
                                 "severity", "message", "source", "sentence"};

void write_row(std::ostream& out, const std::array<std::string, kColumns.size()>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i > 0 ? "," : "") << csv_field(fields[i]);
    out << "\r\n";
}

void write_finding(std::ostream& out, const CheckedDocument& checked, const Finding& finding) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    write_row(out, {checked.doc.path, std::to_string(range.start.line), std::to_string(range.start.column),
                    std::to_string(range.end.line), std::to_string(range.end.column), finding.rule,
                    severity_name(finding.severity), finding.message, finding.source,
                    std::string(finding_sentence_text(checked, finding))});
}

}  // namespace

void write_csv_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                      const ReportOptions&) {
    std::array<std::string, kColumns.size()> header;
    for (std::size_t i = 0; i < kColumns.size(); ++i) header[i] = kColumns[i];
    write_row(out, header);
    for (const CheckedDocument& checked : documents) {
        for (const Finding& finding : checked.findings) write_finding(out, checked, finding);
    }
}

}  // namespace claimcheck
