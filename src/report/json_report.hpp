// The JSON report (contract v1, DESIGN.md) as a value, for writers that embed it (the web page)
// as well as for `--format json`.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace claimcheck {

inline constexpr int kJsonReportVersion = 1;

// Keys in the order of DESIGN.md's example; offsets are UTF-8 byte offsets into the original
// file (end exclusive), texts are slices of the analysed text.
nlohmann::ordered_json json_report(const std::vector<CheckedDocument>& documents, const ReportOptions& options);
nlohmann::ordered_json json_document(const CheckedDocument& checked);

// Two-space indent and a final newline; invalid UTF-8 (say, in a path) becomes U+FFFD instead
// of throwing.
void write_json(std::ostream& out, const nlohmann::ordered_json& value);

}  // namespace claimcheck
