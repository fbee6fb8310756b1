// The report stage: every output format renders from the same in-memory result, the checked
// documents of a run. Adding a format means one new file (`<name>_report.cpp` defining a writer
// with the signature of ReportWriter), one enum value here and one row in the table of
// report.cpp.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

enum class ReportFormat { Text, Json };

struct ReportOptions {
    bool color = false;        // ANSI colours (the CLI sets it only when stdout is a terminal)
    std::string tool_version;  // empty: the version claimcheck was built as
};

// "text" → Text, "json" → Json; nullopt for a name no format has (the CLI reports the error).
std::optional<ReportFormat> parse_report_format(std::string_view name);
const char* report_format_name(ReportFormat format);
// The names parse_report_format accepts, in table order (for usage messages).
std::vector<std::string> report_format_names();

// Writes the report of `documents` (in the order given) in `format`.
void write_report(std::ostream& out, ReportFormat format, const std::vector<CheckedDocument>& documents,
                  const RulePack& pack, const ReportOptions& options);

// The writers behind the table, one per file; same signature as write_report minus the format.
using ReportWriter = void (*)(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&,
                              const ReportOptions&);
void write_text_report(std::ostream& out, const std::vector<CheckedDocument>& documents,
                       const RulePack& pack, const ReportOptions& options);
void write_json_report(std::ostream& out, const std::vector<CheckedDocument>& documents,
                       const RulePack& pack, const ReportOptions& options);

// `claimcheck sources`: per document, who is cited, how often, and how many claims rest on each
// one (`claims`: claims whose support includes the entity; `sole_support`: claims whose only
// support is the entity). Text is an aligned table; JSON is
// {"version":1,"documents":[{"path":…,"sources":[{name,kind,side,mentions,attributions,claims,sole_support}]}]}.
void write_sources(std::ostream& out, const std::vector<CheckedDocument>& documents, bool json);

}  // namespace claimcheck
