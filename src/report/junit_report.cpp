// `--format junit`: JUnit XML for CI systems that show test results (Jenkins, GitLab, Azure).
// Each document is one test case; a document with findings fails, and its failure lists them,
// one `line:col: severity: message [rule]` line each with the sentence under it. Every finding
// shown counts (use --min-severity to leave info findings out of the verdict).
#include <ostream>
#include <string>

#include "report/escape.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

int failed_documents(const std::vector<CheckedDocument>& documents) {
    int failed = 0;
    for (const CheckedDocument& checked : documents) failed += checked.findings.empty() ? 0 : 1;
    return failed;
}

// tests="N" failures="F" errors="0": both <testsuites> and <testsuite> carry them.
std::string count_attributes(const std::vector<CheckedDocument>& documents) {
    return "tests=\"" + std::to_string(documents.size()) + "\" failures=\"" +
           std::to_string(failed_documents(documents)) + "\" errors=\"0\"";
}

std::string failure_text(const CheckedDocument& checked) {
    std::string text;
    for (const Finding& finding : checked.findings) {
        const Position where = original_range(checked.doc, finding.span).start;
        text += std::to_string(where.line) + ':' + std::to_string(where.column) + ": " +
                severity_name(finding.severity) + ": " + finding.message + " [" + finding.rule + "]\n    " +
                std::string(finding_sentence_text(checked, finding)) + '\n';
    }
    return text;
}

void write_test_case(std::ostream& out, const CheckedDocument& checked) {
    out << "    <testcase name=\"" << escape_markup(checked.doc.path) << "\" classname=\"claimcheck\"";
    if (checked.findings.empty()) {
        out << "/>\n";
        return;
    }
    out << ">\n      <failure type=\"claimcheck\" message=\""
        << escape_markup(describe_counts(count_severities(checked.findings))) << "\">"
        << escape_markup(failure_text(checked)) << "</failure>\n    </testcase>\n";
}

}  // namespace

void write_junit_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                        const ReportOptions&) {
    const std::string counts = count_attributes(documents);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<testsuites name=\"claimcheck\" " << counts << ">\n";
    out << "  <testsuite name=\"claimcheck\" " << counts << " skipped=\"0\">\n";
    for (const CheckedDocument& checked : documents) write_test_case(out, checked);
    out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace claimcheck
