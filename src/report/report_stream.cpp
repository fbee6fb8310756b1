#include "report/report_stream.hpp"

#include <ostream>
#include <sstream>
#include <string>

#include "report/json_report.hpp"

namespace claimcheck {

namespace {

bool is_streamed(ReportFormat format) { return format == ReportFormat::Text || format == ReportFormat::Json; }

// A document of more text than this is written into the report when its turn comes rather than
// rendered into a string on its worker: the JSON of a 5 MB story is 25 MB, held twice while it
// was copied out of its stream, and its growth cost a fifth of the run. A news story is rarely a
// tenth of this size, so an archive's documents are still rendered in parallel.
constexpr std::size_t kInPlaceAboveBytes = 256 << 10;

}  // namespace

bool ReportStream::written_in_place(ReportFormat format, const CheckedDocument& checked) {
    return is_streamed(format) && checked.doc.text.size() > kInPlaceAboveBytes;
}

// The same bytes render() and add() would write, through the report's stream as they are made.
void ReportStream::write_in_place(const CheckedDocument& checked) {
    if (json_) {
        json_->element("");  // the separator and indent before the document
        json_->flush();
        JsonWriter json(out_, 2);
        write_json_document(json, checked);
        json.flush();
    }
    if (format_ == ReportFormat::Text) write_text_document(out_, checked, options_);
}

ReportStream::ReportStream(std::ostream& out, ReportFormat format, const RulePack& pack, ReportOptions options)
    : out_(out), format_(format), pack_(pack), options_(std::move(options)) {
    if (format_ == ReportFormat::Json) {
        json_.emplace(out_);
        write_json_report_start(*json_, options_);
    }
}

std::string ReportStream::render(ReportFormat format, const CheckedDocument& checked, const ReportOptions& options) {
    if (written_in_place(format, checked)) return {};
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
    if (written_in_place(format_, checked)) {
        write_in_place(checked);
    } else {
        if (json_) json_->element(rendered);
        if (format_ == ReportFormat::Text) out_ << rendered;
    }
    if (!is_streamed(format_)) collected_.push_back(std::move(checked));
    ++documents_;
}

void ReportStream::finish() {
    if (format_ == ReportFormat::Text) write_text_summary(out_, counts_, documents_);
    if (json_) write_json_report_end(*json_, counts_, documents_);
    if (!is_streamed(format_)) write_report(out_, format_, collected_, pack_, options_);
}

}  // namespace claimcheck
