// The engine's attributions as predicted spans: original byte offsets, one attribution per cue.
#include <doctest/doctest.h>

#include <string>

#include "document/load.hpp"
#include "eval/predict.hpp"

using namespace claimcheck;

namespace {

// A byte order mark shifts every original offset by three bytes from the analysed text's, so a
// prediction left in analysed-text offsets would be caught.
const std::string kOriginal =
    "\xEF\xBB\xBF"
    "Ferry talks\n\n\"Not yet,\" the minister said. \"We need a week.\" Talks resume on Monday, the union said.\n";

Span text_span(const Document& doc, const std::string& needle) {
    const std::size_t at = doc.text.find(needle);
    REQUIRE(at != std::string::npos);
    return Span{at, at + needle.size()};
}

Span original_span(const std::string& needle) {
    const std::size_t at = kOriginal.find(needle);
    REQUIRE(at != std::string::npos);
    return Span{at, at + needle.size()};
}

Attribution attribution(AttributionForm form, Span cue, Span source, std::vector<Span> content) {
    Attribution out;
    out.form = form;
    out.cue = cue;
    out.source = source;
    out.content = std::move(content);
    return out;
}

}  // namespace

TEST_CASE("predict: a continuation joins its parent's attribution, in original byte offsets") {
    CheckedDocument checked;
    checked.doc = load_document("<test>", kOriginal, InputFormat::Text);
    const Document& doc = checked.doc;
    REQUIRE(text_span(doc, "said").start + 3 == original_span("said").start);
    const Span cue = text_span(doc, "said"), minister = text_span(doc, "the minister");
    const Span first = text_span(doc, "\"Not yet,\""), second = text_span(doc, "\"We need a week.\"");
    // Listed continuation first, and with a piece its parent already has: order and repeats
    // must not matter.
    checked.analysis.attributions = {
        attribution(AttributionForm::Continuation, cue, minister, {second, first}),
        attribution(AttributionForm::Indirect, text_span(doc, "said."), text_span(doc, "the union"),
                    {text_span(doc, "Talks resume on Monday")}),
        attribution(AttributionForm::Direct, cue, minister, {first}),
    };
    const std::vector<AttributionSpans> predicted = predicted_attributions(checked);
    REQUIRE(predicted.size() == 2);
    CHECK(predicted[0].cue == std::vector<Span>{original_span("said")});
    CHECK(predicted[0].source == std::vector<Span>{original_span("the minister")});
    CHECK(predicted[0].content ==
          std::vector<Span>{original_span("\"Not yet,\""), original_span("\"We need a week.\"")});
    CHECK_FALSE(predicted[0].implicit_source);
    CHECK(predicted[1].source == std::vector<Span>{original_span("the union")});
    CHECK(predicted[1].content == std::vector<Span>{original_span("Talks resume on Monday")});
}

TEST_CASE("predict: an agentless attribution has no source piece and is implicit") {
    CheckedDocument checked;
    checked.doc = load_document("<test>", kOriginal, InputFormat::Text);
    Attribution agentless = attribution(AttributionForm::Agentless, text_span(checked.doc, "said"), {}, {});
    agentless.source.reset();
    checked.analysis.attributions = {agentless};
    const std::vector<AttributionSpans> predicted = predicted_attributions(checked);
    REQUIRE(predicted.size() == 1);
    CHECK(predicted[0].source.empty());
    CHECK(predicted[0].implicit_source);
}
