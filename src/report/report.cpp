// The format table: the one place that maps format names to writers.
#include "report/report.hpp"

#include <array>
#include <ostream>

namespace claimcheck {

namespace {

struct FormatEntry {
    ReportFormat format;
    std::string_view name;
    ReportWriter write;
};

constexpr std::array kFormats = {
    FormatEntry{ReportFormat::Text, "text", &write_text_report},
    FormatEntry{ReportFormat::Json, "json", &write_json_report},
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
