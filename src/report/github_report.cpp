// `--format github`: one GitHub Actions workflow command per finding, which the runner turns
// into an annotation on the pull request's diff:
//   ::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
// Property values escape ':' and ',' as well as '%', CR and LF, since a draft's path or message
// could otherwise end a property or smuggle in a command of its own.
#include <ostream>

#include "report/escape.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

// By Severity (info, warning, error). GitHub has no "info" annotation; a notice is the quietest.
constexpr const char* kCommands[] = {"notice", "warning", "error"};

const char* github_command(Severity severity) { return kCommands[static_cast<int>(severity)]; }

void write_command(std::ostream& out, const CheckedDocument& checked, const Finding& finding) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    out << "::" << github_command(finding.severity) << " file=" << github_property(checked.doc.path)
        << ",line=" << range.start.line << ",col=" << range.start.column << ",endLine=" << range.end.line
        << ",endColumn=" << range.end.column << ",title=" << github_property(finding.rule)
        << "::" << github_message(finding.message) << '\n';
}

}  // namespace

void write_github_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack&,
                         const ReportOptions&) {
    for (const CheckedDocument& checked : documents) {
        for (const Finding& finding : checked.findings) write_command(out, checked, finding);
    }
}

}  // namespace claimcheck
