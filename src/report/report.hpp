// The report stage: every output format renders from the same in-memory result, the checked
// documents of a run. Adding a format means one new file (`<name>_report.cpp` defining a writer
// with the signature of ReportWriter) and one entry in the format table: an enum value here, and
// the writer's declaration and row in report.cpp (CONTRIBUTING.md, "Add a report format").
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

// The formats of DESIGN.md's command line, in the order `--help` lists them.
enum class ReportFormat { Text, Json, Sarif, Github, Junit, Markdown, Html, Csv };

struct ReportOptions {
    bool color = false;        // ANSI colours (the CLI sets it only when stdout is a terminal)
    std::string tool_version;  // empty: the version claimcheck was built as
    // Prefix of the file links in the Markdown report (say, a repository's blob URL ending in
    // '/'); empty: links relative to where the report is read.
    std::string link_base;
};

// "text" → Text, "json" → Json …; nullopt for a name no format has (the CLI reports the error).
std::optional<ReportFormat> parse_report_format(std::string_view name);
const char* report_format_name(ReportFormat format);
// The names parse_report_format accepts, in table order (for usage messages).
std::vector<std::string> report_format_names();

// Writes the report of `documents` (in the order given) in `format`.
void write_report(std::ostream& out, ReportFormat format, const std::vector<CheckedDocument>& documents,
                  const RulePack& pack, const ReportOptions& options);

// The writers behind the table, one per file (declared beside the table in report.cpp); same
// signature as write_report minus the format.
using ReportWriter = void (*)(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&,
                              const ReportOptions&);

// `claimcheck sources`: per document, who is cited, how often, and how many claims rest on each
// one (`claims`: claims whose support includes the entity; `sole_support`: claims whose only
// support is the entity; `supports`: those claims, each with its line, sentence and whether it
// rests on the entity alone). Text is an aligned table followed by the claims resting on one
// source; JSON is {"version":1,"documents":[{"path":…,"sources":[{name,kind,side,mentions,
// attributions,claims,sole_support,supports:[{line,sentence,sole}]}]}]}.
void write_sources(std::ostream& out, const std::vector<CheckedDocument>& documents, bool json);

}  // namespace claimcheck
