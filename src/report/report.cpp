// The format table: the one place that maps format names to writers.
#include "report/report.hpp"

#include <array>
#include <ostream>

namespace claimcheck {

// One file each: <name>_report.cpp.
void write_text_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_json_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_sarif_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_github_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_junit_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_markdown_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&,
                           const ReportOptions&);
void write_html_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);
void write_csv_report(std::ostream&, const std::vector<CheckedDocument>&, const RulePack&, const ReportOptions&);

namespace {

struct FormatEntry {
    ReportFormat format;
    std::string_view name;
    ReportWriter write;
};

constexpr std::array kFormats = {
    FormatEntry{ReportFormat::Text, "text", &write_text_report},
    FormatEntry{ReportFormat::Json, "json", &write_json_report},
    FormatEntry{ReportFormat::Sarif, "sarif", &write_sarif_report},
    FormatEntry{ReportFormat::Github, "github", &write_github_report},
    FormatEntry{ReportFormat::Junit, "junit", &write_junit_report},
    FormatEntry{ReportFormat::Markdown, "markdown", &write_markdown_report},
    FormatEntry{ReportFormat::Html, "html", &write_html_report},
    FormatEntry{ReportFormat::Csv, "csv", &write_csv_report},
};

const FormatEntry* entry_for(ReportFormat format) {
    for (const FormatEntry& entry : kFormats) {
        if (entry.format == format) return &entry;
    }
    return nullptr;
}

}  // namespace

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    for (const FormatEntry& entry : kFormats) {
        if (entry.name == name) return entry.format;
    }
    return std::nullopt;
}

const char* report_format_name(ReportFormat format) {
    const FormatEntry* entry = entry_for(format);
    return entry ? entry->name.data() : "unknown";
}

std::vector<std::string> report_format_names() {
    std::vector<std::string> names;
    for (const FormatEntry& entry : kFormats) names.emplace_back(entry.name);
    return names;
}

void write_report(std::ostream& out, ReportFormat format, const std::vector<CheckedDocument>& documents,
                  const RulePack& pack, const ReportOptions& options) {
    if (const FormatEntry* entry = entry_for(format)) entry->write(out, documents, pack, options);
}

}  // namespace claimcheck
