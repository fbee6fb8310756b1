#include "report/report_stream.hpp"

#include <ostream>
#include <sstream>
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

std::string ReportStream::render(ReportFormat format, const CheckedDocument& checked, const ReportOptions& options) {
    if (format == ReportFormat::Json) {
        // An element of the "documents" array: two levels down (the report, the array).
        std::ostringstream out;
        JsonWriter json(out, 2);
        write_json_document(json, checked);
        json.flush();
        return out.str();
    }
    if (format != ReportFormat::Text) return {};
    std::ostringstream out;
    write_text_document(out, checked, options);
    return out.str();
}

void ReportStream::add(CheckedDocument&& checked, const std::string& rendered) {
    add_severities(counts_, checked);
    if (json_) json_->element(rendered);
    if (format_ == ReportFormat::Text) out_ << rendered;
    if (!is_streamed(format_)) collected_.push_back(std::move(checked));
    ++documents_;
}

void ReportStream::finish() {
    if (format_ == ReportFormat::Text) write_text_summary(out_, counts_, documents_);
    if (json_) write_json_report_end(*json_, counts_, documents_);
    if (!is_streamed(format_)) write_report(out_, format_, collected_, pack_, options_);
}

}  // namespace claimcheck
