#include "report/report_stream.hpp"

#include <ostream>
#include <sstream>
#include <string>

#include "report/json_report.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view kDocumentsKey = "\"documents\": []";

// The JSON report of no document, as write_json writes it; the streamed report is this with
// the documents spliced in where its empty array is.
std::string json_skeleton(const SeverityCounts& counts, std::size_t documents, const ReportOptions& options) {
    nlohmann::ordered_json report = json_report({}, options);
    report["summary"]["documents"] = documents;
    report["summary"]["findings"]["error"] = counts.error;
    report["summary"]["findings"]["warning"] = counts.warning;
    report["summary"]["findings"]["info"] = counts.info;
    return report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

// Every line indented by `indent` spaces: a document's dump put inside the "documents" array.
std::string indented(const std::string& text, std::size_t indent) {
    const std::string pad(indent, ' ');
    std::string out = pad;
    for (char c : text) {
        out += c;
        if (c == '\n') out += pad;
    }
    return out;
}

bool is_streamed(ReportFormat format) { return format == ReportFormat::Text || format == ReportFormat::Json; }

}  // namespace

ReportStream::ReportStream(std::ostream& out, ReportFormat format, const RulePack& pack, ReportOptions options)
    : out_(out), format_(format), pack_(pack), options_(std::move(options)) {
    if (format_ == ReportFormat::Json) write_json_start();
}

std::string ReportStream::render(ReportFormat format, const CheckedDocument& checked, const ReportOptions& options) {
    if (format == ReportFormat::Json) {
        return indented(json_document(checked).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace), 4);
    }
    if (format != ReportFormat::Text) return {};
    std::ostringstream out;
    write_text_document(out, checked, options);
    return out.str();
}

void ReportStream::add(CheckedDocument&& checked, const std::string& rendered) {
    add_severities(counts_, checked);
    if (format_ == ReportFormat::Json) out_ << (documents_ == 0 ? "\n" : ",\n");
    if (is_streamed(format_)) out_ << rendered;
    if (!is_streamed(format_)) collected_.push_back(std::move(checked));
    ++documents_;
}

void ReportStream::finish() {
    if (format_ == ReportFormat::Text) write_text_summary(out_, counts_, documents_);
    if (format_ == ReportFormat::Json) write_json_end();
    if (!is_streamed(format_)) write_report(out_, format_, collected_, pack_, options_);
}

void ReportStream::write_json_start() {
    const std::string skeleton = json_skeleton({}, 0, options_);
    out_ << skeleton.substr(0, skeleton.find(kDocumentsKey)) << "\"documents\": [";
}

void ReportStream::write_json_end() {
    const std::string skeleton = json_skeleton(counts_, documents_, options_);
    const std::string after = skeleton.substr(skeleton.find(kDocumentsKey) + kDocumentsKey.size());
    out_ << (documents_ == 0 ? "]" : "\n  ]") << after;
}

}  // namespace claimcheck
