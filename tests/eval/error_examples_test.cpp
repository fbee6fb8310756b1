// The misses and false alarms shown to a rule author: order, line, context and neighbours.
#include <doctest/doctest.h>

#include <string>

#include "eval/error_examples.hpp"

using namespace claimcheck;

namespace {

AttributionSpans attribution(std::vector<Span> cue, std::vector<Span> source, std::vector<Span> content) {
    AttributionSpans out;
    out.cue = std::move(cue);
    out.source = std::move(source);
    out.content = std::move(content);
    return out;
}

Span span_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return Span{at, at + needle.size()};
}

}  // namespace

TEST_CASE("errors: misses and false alarms in text order, each with its line and the other side's neighbours") {
    const std::string text =
        "Ferry talks\n\nTalks resume on Monday, the dockers' union said. The port plans to hire.\n\n"
        "The minister said no.";
    const Span said = span_of(text, "said."), dockers = span_of(text, "the dockers' union");
    const Span plans = span_of(text, "plans"), minister = span_of(text, "The minister");
    const Span minister_said = span_of(text, "said no"), no = span_of(text, "no.");
    const Span union_only = span_of(text, "union");
    // Gold lists "plans" before "said"; the engine cut the union's source short.
    const std::vector<AttributionSpans> gold = {
        attribution({plans}, {span_of(text, "The port")}, {span_of(text, "to hire")}),
        attribution({{said.start, said.start + 4}}, {dockers}, {span_of(text, "Talks resume on Monday")}),
        attribution({{minister_said.start, minister_said.start + 4}}, {minister}, {{no.start, no.start + 2}}),
    };
    const std::vector<AttributionSpans> predicted = {
        attribution({{said.start, said.start + 4}}, {union_only}, {}),  // 5 bytes of 18: no match
        attribution({{minister_said.start, minister_said.start + 4}}, {minister}, {}),
    };
    const ArticleScore score = score_article(text, gold, predicted);
    REQUIRE(score.gold_link == std::vector<int>{-1, -1, 1});

    ErrorExamples examples;
    collect_error_examples("ferry", text, gold, predicted, score, 10, examples);
    REQUIRE(examples.misses.size() == 2);
    const ErrorExample& first = examples.misses[0];
    CHECK(first.article == "ferry");
    CHECK(first.line == 3);
    CHECK(first.context == "Talks resume on Monday, the dockers' union said. The port plans to hire.");
    CHECK(first.attribution.cue[0].text == "said");  // the union's, before "plans" in the text
    CHECK(first.attribution.source[0].text == "the dockers' union");
    REQUIRE(first.nearby.size() == 1);                 // the engine's near miss on that line
    CHECK(first.nearby[0].source[0].text == "union");
    CHECK(first.nearby[0].source[0].span == union_only);
    CHECK(examples.misses[1].attribution.cue[0].text == "plans");

    REQUIRE(examples.false_alarms.size() == 1);
    CHECK(examples.false_alarms[0].attribution.source[0].text == "union");
    CHECK(examples.false_alarms[0].nearby.size() == 2);  // both gold attributions on line 3

    ErrorExamples limited;
    collect_error_examples("ferry", text, gold, predicted, score, 1, limited);
    CHECK(limited.misses.size() == 1);
    CHECK(limited.misses[0].attribution.cue[0].text == "said");
}

TEST_CASE("errors: a long line is cut to a window around the cue, on character boundaries") {
    // 400 bytes of "é" (two bytes each) then the cue, then 100 more.
    std::string line;
    for (int i = 0; i < 200; ++i) line += "\xC3\xA9";
    const std::size_t cue_start = line.size() + 1;
    line += " said ";
    for (int i = 0; i < 50; ++i) line += "\xC3\xA9";
    const std::string text = "Title\n" + line + "\nNext line.";
    const Span cue{6 + cue_start, 6 + cue_start + 4};
    const std::vector<AttributionSpans> gold = {attribution({cue}, {}, {})};
    const ArticleScore score = score_article(text, gold, {});
    ErrorExamples examples;
    collect_error_examples("long", text, gold, {}, score, 5, examples);
    REQUIRE(examples.misses.size() == 1);
    const std::string& context = examples.misses[0].context;
    CHECK(examples.misses[0].line == 2);
    CHECK(context.rfind("\xE2\x80\xA6", 0) == 0);  // starts with …
    CHECK(context.find(" said ") != std::string::npos);
    CHECK(context.size() <= kMaxContextBytes + 2 * 3);
    CHECK(context.substr(context.size() - 3) != "\xE2\x80\xA6");  // the line's end is within reach
    CHECK(examples.misses[0].nearby.empty());
}

TEST_CASE("errors: clipped cuts on a character boundary and marks the cut") {
    CHECK(clipped("short", 10) == "short");
    CHECK(clipped("caf\xC3\xA9 au lait", 4) == "caf\xE2\x80\xA6");  // never half of é
    CHECK(clipped("caf\xC3\xA9 au lait", 5) == "caf\xC3\xA9\xE2\x80\xA6");
}
