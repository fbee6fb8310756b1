// A report written a document at a time is byte for byte the report of the whole run.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "report/report_stream.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const std::vector<std::string> kDrafts = {
    "# Port strike ends\n\nCritics say the deal will cost \xE2\x82\xAC" "3 million.\n",
    "Nothing to see here.\n",
    "\"We are relieved,\" said Ana M\xC3\xBCller. It is believed the ferries will sail on Friday.\n",
};

std::vector<CheckedDocument> checked_drafts(std::size_t count) {
    std::vector<CheckedDocument> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(check_text(kDrafts[i]));
    return out;
}

std::string whole_report(ReportFormat format, std::size_t count) {
    std::ostringstream out;
    write_report(out, format, checked_drafts(count), builtin_engine().pack(), ReportOptions{});
    return out.str();
}

std::string streamed_report(ReportFormat format, std::size_t count) {
    std::ostringstream out;
    ReportStream stream(out, format, builtin_engine().pack(), ReportOptions{});
    for (CheckedDocument& checked : checked_drafts(count)) stream.add(std::move(checked));
    stream.finish();
    return out.str();
}

}  // namespace

TEST_CASE("report/stream: text and JSON written a document at a time equal the whole report") {
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Json}) {
        for (std::size_t count : {0, 1, 3}) {
            CAPTURE(count);
            CHECK(streamed_report(format, count) == whole_report(format, count));
        }
    }
}
