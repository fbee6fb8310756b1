// The JSON report (contract v1, DESIGN.md), streamed by write_json_report (report.hpp) one
// document at a time.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "pipeline/pipeline.hpp"
#include "report/json_writer.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

inline constexpr int kJsonReportVersion = 1;

// Keys in the order of DESIGN.md's example; offsets are UTF-8 byte offsets into the original
// file (end exclusive), texts are slices of the analysed text. One document of the report, as
// an element of its "documents" array (the web page writes one at a time, too).
void write_json_document(JsonWriter& json, const CheckedDocument& checked);
// The report around its documents, for writers that stream them (ReportStream): the opening up
// to the "documents" array, then its close and the summary.
void write_json_report_start(JsonWriter& json, const ReportOptions& options);
void write_json_report_end(JsonWriter& json, const SeverityCounts& counts, std::size_t documents);

// Two-space indent and a final newline; invalid UTF-8 (say, in a path) becomes U+FFFD instead
// of throwing.
void write_json(std::ostream& out, const nlohmann::ordered_json& value);

}  // namespace claimcheck
