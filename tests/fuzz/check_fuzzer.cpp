// The whole `check` pipeline on arbitrary text read as Markdown, with the built-in pack (compiled
// once): load, segment, attribute, resolve, claims, corroborate, checks; then the JSON and text
// reports, which map every finding back to a line and column and draw its excerpt. Every span
// the analysis hands on must lie inside the analysed text.
#include <memory>
#include <sstream>
#include <vector>

#include "document/load.hpp"
#include "fuzz_support.hpp"
#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace {

const claimcheck::Engine* engine = nullptr;

void check_spans(const claimcheck::CheckedDocument& checked) {
    using claimcheck::fuzz::require;
    const std::size_t size = checked.doc.text.size();
    const auto inside = [size](const claimcheck::Span& span) { return span.start <= span.end && span.end <= size; };
    for (const auto& finding : checked.findings) require(inside(finding.span), "a finding's span is outside the text");
    for (const auto& attribution : checked.analysis.attributions) {
        require(inside(attribution.cue), "an attribution's cue is outside the text");
        if (attribution.source) require(inside(*attribution.source), "an attribution's source is outside the text");
        for (const auto& content : attribution.content) require(inside(content), "an attribution's content is outside the text");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    static const std::unique_ptr<const claimcheck::Engine> built =
        std::make_unique<const claimcheck::Engine>(claimcheck::load_builtin_pack());
    engine = built.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] {
        std::vector<CheckedDocument> checked;
        checked.push_back(engine->check(load_document("draft.md", fuzz::input_string(data, size), InputFormat::Markdown)));
        fuzz::check_document(checked.back().doc);
        check_spans(checked.back());
        std::ostringstream report;
        write_report(report, ReportFormat::Json, checked, engine->pack(), ReportOptions{});
        write_report(report, ReportFormat::Text, checked, engine->pack(), ReportOptions{});
    });
    return 0;
}
