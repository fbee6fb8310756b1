#include "report/report_stream.hpp"

#include <ostream>
#include <string>

#include "report/json_report.hpp"

namespace claimcheck {

namespace {

bool is_streamed(ReportFormat format) { return format == ReportFormat::Text || format == ReportFormat::Json; }

}  // namespace

ReportStream::ReportStream(std::ostream& out, ReportFormat format, const RulePack& pack, ReportOptions options)
    : out_(out), format_(format), pack_(pack), options_(std::move(options)) {
    if (format_ == ReportFormat::Json) {
        json_.emplace(out_);
        write_json_report_start(*json_, options_);
    }
}

void ReportStream::add(CheckedDocument&& checked) {
    add_severities(counts_, checked);
    if (format_ == ReportFormat::Text) write_text_document(out_, checked, options_);
    if (json_) write_json_document(*json_, checked);
    if (!is_streamed(format_)) collected_.push_back(std::move(checked));
    ++documents_;
}

void ReportStream::finish() {
    if (format_ == ReportFormat::Text) write_text_summary(out_, counts_, documents_);
    if (json_) write_json_report_end(*json_, counts_, documents_);
    if (!is_streamed(format_)) write_report(out_, format_, collected_, pack_, options_);
}

}  // namespace claimcheck
