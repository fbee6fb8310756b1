// A report written one document at a time, so a run over an archive of any size holds only the
// documents in flight. The text and JSON formats are written as each document arrives, byte for
// byte what write_report would write for the whole run; any other format (one that needs every
// document before it can start) collects them and is written by finish().
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "report/json_writer.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

class ReportStream {
public:
    ReportStream(std::ostream& out, ReportFormat format, const RulePack& pack, ReportOptions options);

    // `checked`'s part of a report in `format`; thread-safe, so documents can be rendered where
    // they are checked. Empty for formats that are not written a document at a time, and for a
    // document written in place (see written_in_place()).
    static std::string render(ReportFormat format, const CheckedDocument& checked, const ReportOptions& options);
    // Adds the next document with its rendering (from render()).
    void add(CheckedDocument&& checked, const std::string& rendered);
    void add(CheckedDocument&& checked) {
        const std::string rendered = render(format_, checked, options_);
        add(std::move(checked), rendered);
    }
    void finish();

private:
    static bool written_in_place(ReportFormat format, const CheckedDocument& checked);
    void write_in_place(const CheckedDocument& checked);

    std::ostream& out_;
    ReportFormat format_;
    const RulePack& pack_;
    ReportOptions options_;
    SeverityCounts counts_;
    std::size_t documents_ = 0;
    std::vector<CheckedDocument> collected_;  // formats that are not streamed
    std::optional<JsonWriter> json_;           // --format json: the report around the documents
};

// The pieces of the text report, shared with write_text_report.
void write_text_document(std::ostream& out, const CheckedDocument& checked, const ReportOptions& options);
void write_text_summary(std::ostream& out, const SeverityCounts& counts, std::size_t documents);

}  // namespace claimcheck
