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

std::vector<CheckedDocument> checked_drafts(const std::vector<std::string>& drafts, std::size_t count) {
    std::vector<CheckedDocument> out;
    for (std::size_t i = 0; i < count; ++i) out.push_back(check_text(drafts[i]));
    return out;
}

std::string whole_report(ReportFormat format, std::size_t count, const std::vector<std::string>& drafts = kDrafts) {
    std::ostringstream out;
    write_report(out, format, checked_drafts(drafts, count), builtin_engine().pack(), ReportOptions{});
    return out.str();
}

std::string streamed_report(ReportFormat format, std::size_t count, const std::vector<std::string>& drafts = kDrafts) {
    std::ostringstream out;
    ReportStream stream(out, format, builtin_engine().pack(), ReportOptions{});
    for (CheckedDocument& checked : checked_drafts(drafts, count)) stream.add(std::move(checked));
    stream.finish();
    return out.str();
}

// A story of some 300 KB, more than a document rendered on its worker may be.
std::string long_draft() {
    std::string text = "# Port strike drags on\n\n";
    for (int i = 0; i < 3000; ++i)
        text += "Critics say the strike has cost \xE2\x82\xAC" + std::to_string(i) +
                " million, and \"we will not give in,\" said Ana M\xC3\xBCller.\n\n";
    return text;
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

TEST_CASE("report/stream: a long document is written in place, as the whole report writes it") {
    const std::vector<std::string> drafts = {kDrafts[0], long_draft(), kDrafts[2]};
    REQUIRE(drafts[1].size() > 256 * 1024);
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Json}) {
        CHECK(ReportStream::render(format, check_text(drafts[1]), ReportOptions{}).empty());
        CHECK(streamed_report(format, 3, drafts) == whole_report(format, 3, drafts));
    }
}
