#include <doctest/doctest.h>

#include <string>

#include "segment_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::segment_test;

namespace {

Segmented segment_one(const Document& doc) { return example_segmenter().segment(doc); }

}  // namespace

TEST_CASE("quotes: straight double quotes") {
    const Document doc = paragraphs({"\"We are ready,\" he said."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 1);
    CHECK(seg.quotes[0].span == Span{0, 15});
    CHECK(seg.quotes[0].inner == Span{1, 14});
    CHECK(seg.quotes[0].closed);
    CHECK(!seg.quotes[0].continued);
    CHECK(seg.quotes[0].depth == 0);
}

TEST_CASE("quotes: curly double quotes, offsets in bytes") {
    const Document doc = paragraphs({"“We are ready,” she said."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 1);
    CHECK(seg.quotes[0].span == Span{0, 19});
    CHECK(seg.quotes[0].inner == Span{3, 16});
    CHECK(seg.quotes[0].closed);
}

TEST_CASE("quotes: a single quote inside a double quote is nested") {
    const Document doc = paragraphs({"\"He told me 'never again' today,\" she said."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 2);
    CHECK(seg.quotes[0].span == Span{0, 33});
    CHECK(seg.quotes[0].depth == 0);
    CHECK(seg.quotes[1].span == Span{12, 25});
    CHECK(seg.quotes[1].inner == Span{13, 24});
    CHECK(seg.quotes[1].depth == 1);
    CHECK(seg.quotes[1].closed);

    CHECK(quotes_of("“He said ‘never’, and left,” she said.") ==
          Texts{"“He said ‘never’, and left,”", "‘never’"});
    CHECK(quotes_of("\"'Stop,' he shouted,\" she recalled.") == Texts{"\"'Stop,' he shouted,\"", "'Stop,'"});
}

TEST_CASE("quotes: apostrophes are not quotes") {
    CHECK(quotes_of("Korea's envoy said Moon’s plan don't work.").empty());
    CHECK(quotes_of("Music of the '90s and the ‘90s, rock 'n' roll and rock ’n’ roll.").empty());
    CHECK(quotes_of("The players' union met the owners’ lawyers.").empty());
    CHECK(quotes_of("Let 'em go, he said.").empty());  // an elision that never closes
    CHECK(quotes_of("\"Korea's players' union won't stop rock 'n' roll,\" he said.") ==
          Texts{"\"Korea's players' union won't stop rock 'n' roll,\""});
    // A single quote open when the elision appears must survive it.
    CHECK(quotes_of("He called it 'rock 'n' roll diplomacy' on Monday.") == Texts{"'rock 'n' roll diplomacy'"});
}

TEST_CASE("quotes: single quotes as the primary quotes of a block") {
    const Document doc = make_document({{BlockKind::Headline, "General 'willing' to talk"},
                                        {BlockKind::Headline, "Moon’s ‘peace first’ plan"}});
    const Segmented seg = segment_one(doc);
    CHECK(quote_texts(doc, seg) == Texts{"'willing'", "‘peace first’"});
    REQUIRE(seg.quotes.size() == 2);
    CHECK(seg.quotes[0].span == Span{8, 17});
    CHECK(seg.quotes[0].depth == 0);
    CHECK(seg.quotes[1].inner.in(doc.text) == "peace first");
    CHECK(seg.quotes[1].depth == 0);
}

TEST_CASE("quotes: guillemets") {
    const Document doc = paragraphs({"« Nous sommes prêts », a-t-il dit, «sans délai»."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 2);
    CHECK(seg.quotes[0].span == Span{0, 24});
    CHECK(seg.quotes[0].inner == Span{2, 22});
    CHECK(seg.quotes[1].inner.in(doc.text) == "sans délai");
}

TEST_CASE("quotes: an attribution inside a quotation splits it in two") {
    const Document doc = paragraphs({"\"We will,\" she said, \"not give up.\""});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 2);
    CHECK(seg.quotes[0].span == Span{0, 10});
    CHECK(seg.quotes[1].span == Span{21, 35});
    CHECK(seg.quotes[1].inner.in(doc.text) == "not give up.");
    CHECK(seg.sentences.size() == 1);
}

TEST_CASE("quotes: a quotation continued over three paragraphs") {
    const Document doc = paragraphs({"He said: \"We are ready to talk.", "\"We are ready to listen.",
                                     "\"But we will not wait,\" he said.", "Nobody answered."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 3);
    // Paragraphs start at 0, 33, 59 and 93.
    CHECK(seg.quotes[0].span == Span{9, 31});
    CHECK(seg.quotes[0].inner == Span{10, 31});
    CHECK(!seg.quotes[0].closed);
    CHECK(!seg.quotes[0].continued);
    CHECK(seg.quotes[1].span == Span{33, 57});
    CHECK(!seg.quotes[1].closed);
    CHECK(seg.quotes[1].continued);
    CHECK(seg.quotes[2].span == Span{59, 82});
    CHECK(seg.quotes[2].inner.in(doc.text) == "But we will not wait,");
    CHECK(seg.quotes[2].closed);
    CHECK(seg.quotes[2].continued);
}

TEST_CASE("quotes: curly quotes continue over paragraphs too, single quotes only when carried on") {
    const Document curly = paragraphs({"“We are ready.", "“We are waiting,” she said."});
    const Segmented curly_seg = segment_one(curly);
    REQUIRE(curly_seg.quotes.size() == 2);
    CHECK(!curly_seg.quotes[0].closed);
    CHECK(curly_seg.quotes[1].continued);

    const Document single = paragraphs({"‘We are ready.", "‘We are waiting,’ she said."});
    const Segmented single_seg = segment_one(single);
    CHECK(quote_texts(single, single_seg) == Texts{"‘We are ready.", "‘We are waiting,’"});
    REQUIRE(single_seg.quotes.size() == 2);
    CHECK(!single_seg.quotes[0].closed);
    CHECK(single_seg.quotes[1].continued);
}

TEST_CASE("quotes: a quotation left open with no continuation is unclosed") {
    const Document doc = paragraphs({"\"We are ready, he said.", "He left."});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 1);
    CHECK(seg.quotes[0].span == Span{0, 23});
    CHECK(!seg.quotes[0].closed);
    CHECK(!seg.quotes[0].continued);
}

TEST_CASE("quotes: no continuation into a heading or from a different kind of block") {
    const Document doc = make_document({{BlockKind::Paragraph, "\"We are ready."},
                                        {BlockKind::Heading, "\"Ready\" is the word"},
                                        {BlockKind::Paragraph, "\"Next,\" she said."}});
    const Segmented seg = segment_one(doc);
    REQUIRE(seg.quotes.size() == 3);
    CHECK(!seg.quotes[0].closed);
    CHECK(!seg.quotes[1].continued);
    CHECK(!seg.quotes[2].continued);
}

TEST_CASE("quotes: stray and misused marks") {
    CHECK(quotes_of("It has a 5\" screen and costs $5.").empty());
    CHECK(quotes_of("He said\"yes\" quietly.") == Texts{"\"yes\""});
    CHECK(quotes_of("\"We are ready, \" he said.") == Texts{"\"We are ready, \""});
    CHECK(quotes_of("”Ready,” he said.") == Texts{"”Ready,”"});
}

TEST_CASE("quotes: quotes nest in text order with their depth") {
    const Document doc = paragraphs({"\"A 'b' c 'd' e\" then \"f\"."});
    const Segmented seg = segment_one(doc);
    CHECK(quote_texts(doc, seg) == Texts{"\"A 'b' c 'd' e\"", "'b'", "'d'", "\"f\""});
    REQUIRE(seg.quotes.size() == 4);
    CHECK(seg.quotes[0].depth == 0);
    CHECK(seg.quotes[1].depth == 1);
    CHECK(seg.quotes[2].depth == 1);
    CHECK(seg.quotes[3].depth == 0);
}

TEST_CASE("quotes: a new opening mark after a sentence end inside an open quote continues it") {
    // Paragraph breaks lost (one block): the convention still applies.
    const Document doc = paragraphs({"He said: \"We are ready. \"We will wait,\" he said. \"Keep \"calm\" now.\""});
    const Segmented seg = segment_one(doc);
    CHECK(quote_texts(doc, seg) ==
          Texts{"\"We are ready.", "\"We will wait,\"", "\"Keep \"calm\" now.\"", "\"calm\""});
    REQUIRE(seg.quotes.size() == 4);
    CHECK(seg.quotes[0].span == Span{9, 23});
    CHECK(!seg.quotes[0].closed);
    CHECK(seg.quotes[1].continued);
    CHECK(seg.quotes[1].closed);
    CHECK(!seg.quotes[2].continued);  // after "he said." no quote is open
    CHECK(!seg.quotes[3].continued);  // "Keep "calm": no sentence end before it, so nested
    CHECK(seg.quotes[3].depth == 1);
    CHECK(sentence_texts(doc, seg) ==
          Texts{"He said: \"We are ready.", "\"We will wait,\" he said.", "\"Keep \"calm\" now.\""});
}

TEST_CASE("quotes: two apostrophes stand for a double quotation mark") {
    CHECK(quotes_of("''We will win,'' he said. It's over.") == Texts{"''We will win,''"});
    CHECK(quotes_of("``Not yet,'' she said.") == Texts{"``Not yet,''"});
}
