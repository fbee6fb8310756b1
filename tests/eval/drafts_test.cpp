// tests/gold/drafts.jsonl, our annotated drafts, read back through the gold reader: every
// offset is valid, the spans follow the annotation conventions, and the tricky ones hold the
// text they were meant to (the rest is checked against drafts.txt by gold-drafts-fresh).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "eval/gold.hpp"

using namespace claimcheck;

namespace {

const std::vector<GoldArticle>& drafts() {
    static const std::vector<GoldArticle> articles =
        read_gold_file(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/gold/drafts.jsonl");
    return articles;
}

const GoldArticle& article(const std::string& id) {
    const auto& all = drafts();
    const auto found = std::find_if(all.begin(), all.end(), [&](const GoldArticle& a) { return a.id == id; });
    REQUIRE(found != all.end());
    return *found;
}

std::string text_of(const GoldArticle& a, Span span) { return std::string(span.in(a.text)); }

// "cue | source | content pieces joined by ' + '" of attribution `number` (1-based, as in drafts.txt).
std::string describe(const std::string& id, std::size_t number) {
    const GoldArticle& a = article(id);
    REQUIRE(number <= a.attributions.size());
    const AttributionSpans& spans = a.attributions[number - 1];
    auto join = [&](const std::vector<Span>& pieces) {
        std::string out;
        for (const Span& piece : pieces) out += (out.empty() ? "" : " + ") + text_of(a, piece);
        return out;
    };
    return join(spans.cue) + " | " + join(spans.source) + " | " + join(spans.content);
}

bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Attribution `number` of article `id` (as numbered in drafts.txt), the convention it shows, and
// its spans as describe() prints them.
struct Expected {
    const char* id;
    std::size_t number;
    const char* shows;
    std::string spans;
};

const Expected kConventions[] = {
    {"ferry-strike", 1, "a headline colon as the cue", ": | Union | ferry strike will go ahead on Monday"},
    {"ferry-strike", 5, "a noun cue after the verb; an apposition with its commas; content from 'that'",
     "said in a statement | The operator, Northline Ferries, | that it had \"made every effort\" to reach a deal and "
     "that contingency sailings would run"},
    {"ferry-strike", 6, "an auxiliary in the cue, the recipient left out",
     "has told | Its chief executive, Ines Harlow, | that the company cannot afford a larger rise without cutting "
     "routes"},
    {"ferry-strike", 7, "negation in the cue",
     "would not say | Northline | how many sailings the contingency timetable would cover"},
    {"ferry-strike", 10, "an inverted 'said X' quote continued in the next sentence",
     "said | Mara Quist, who runs a bakery near the harbour | \"We had a bad year already,\" + \"Another one and some "
     "of us close.\""},
    {"bridge-repairs", 2, "a title in the source, a multi-byte name",
     "said | Mayor Zo\xC3\xAB Lindqvist | The Kessel Bridge in Vesterhavn will reopen to traffic in May"},
    {"bridge-repairs", 3, "curly quotes, continued; the recipient left out",
     "told | Lindqvist | \xE2\x80\x9CThe steel arrived late and the winter was hard,\xE2\x80\x9D + \xE2\x80\x9CI would "
     "rather open a safe bridge in May than an unsafe one in March.\xE2\x80\x9D"},
    {"bridge-repairs", 4, "'are said to': implicit source, the subject is content",
     "are said |  | Engineers + to have found corrosion in two of the bridge\xE2\x80\x99s four piers"},
    {"bridge-repairs", 5, "'it is believed': implicit source, 'It' is no source",
     "is believed |  | that the corrosion began years before the current repairs"},
    {"bridge-repairs", 9, "a noun cue with a possessive source", "view | her | residents have been kept in the dark"},
    {"bridge-repairs", 10, "'declined to', one source shared by two cues",
     "declined to | The mayor\xE2\x80\x99s office | release the report"},
    {"bridge-repairs", 11, "the second cue of the shared source",
     "saying | The mayor\xE2\x80\x99s office | it contained commercial information"},
    {"hospital-waits", 5, "a colon after the verb; a quote continued in the next paragraph",
     "said: | Petra Vance, a ward sister for 22 years, | \"We are losing experienced people every month. Agency nurses "
     "are welcome, but they do not know the wards.\" + \"If nothing changes, the summer will be worse than the "
     "winter.\""},
    {"hospital-waits", 7, "a colon after a noun cue", "advice: | Her | \"Go to the walk-in clinic first if you can.\""},
    {"school-closure", 3, "the period after a closing quote is not content",
     "told | Its director, Hugo Brandt, | the decision was \"painful but necessary\""},
    {"school-closure", 4, "a quote split by its cue",
     "said | Brandt | \"We cannot keep a building open for 31 pupils,\" + \"when schools in the town have empty "
     "classrooms.\""},
    {"warehouse-fire", 5, "a trailing 'according to' over a nested attribution: only the outermost",
     "according to | its managing director, Felix Aro | The owner, Brightcoat Ltd, wants to rebuild on the same site"},
    {"warehouse-fire", 8, "a negated cognitive cue", "do not believe | Police | the fire was started deliberately"},
};

}  // namespace

TEST_CASE("drafts: five stories, about fifty attributions, every span trimmed") {
    REQUIRE(drafts().size() == 5);
    std::size_t attributions = 0;
    for (const GoldArticle& a : drafts()) {
        attributions += a.attributions.size();
        for (const AttributionSpans& spans : a.attributions) {
            CHECK(spans.cue.size() == 1);  // one contiguous cue per attribution
            CHECK_FALSE(spans.content.empty());
            CHECK(spans.implicit_source == spans.source.empty());
            for (const auto* role : {&spans.cue, &spans.source, &spans.content}) {
                for (const Span& piece : *role) {
                    INFO(a.id << " [" << piece.start << "," << piece.end << "]");
                    REQUIRE_FALSE(piece.empty());
                    CHECK_FALSE(is_blank(a.text[piece.start]));
                    CHECK_FALSE(is_blank(a.text[piece.end - 1]));
                }
            }
            // The sentence's own period stays out of the content; one inside quotes stays in.
            for (const Span& piece : spans.content) CHECK(a.text[piece.end - 1] != '.');
        }
    }
    CHECK(attributions == 51);
}

TEST_CASE("drafts: the spans of the conventions that are easy to get wrong") {
    for (const Expected& expected : kConventions) {
        INFO(expected.id << " " << expected.number << ": " << expected.shows);
        CHECK(describe(expected.id, expected.number) == expected.spans);
    }
}
