#include <doctest/doctest.h>

#include <string>
#include <thread>

#include "common/error.hpp"
#include "segment_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::segment_test;

TEST_CASE("segment: abbreviations from the options do not end a sentence") {
    CHECK(sentences_of("Gen. Kim met U.S. officials on Sept. 11 at 9 a.m. on Monday. Dr. Achebe spoke "
                       "at No. 10 Downing Street. Mr Moon agreed.") ==
          Texts{"Gen. Kim met U.S. officials on Sept. 11 at 9 a.m. on Monday.",
                "Dr. Achebe spoke at No. 10 Downing Street.", "Mr Moon agreed."});
}

TEST_CASE("segment: abbreviations with inner dots hold a break before a capital") {
    // The segmenter's own check holds it (ICU's filtered iterator is not used: sentence_breaker.cpp).
    CHECK(sentences_of("The U.S. Army withdrew. Seoul was quiet.") ==
          Texts{"The U.S. Army withdrew.", "Seoul was quiet."});
}

TEST_CASE("segment: a lower-case abbreviation before a capital still ends the sentence") {
    // Documented choice: "a.m." alone cannot tell "9 a.m. Monday" from "9 a.m. The next day";
    // the sentence is broken, since a.m. and p.m. usually close a sentence when a capital follows.
    CHECK(sentences_of("He arrived at 9 a.m. The next day he left.") ==
          Texts{"He arrived at 9 a.m.", "The next day he left."});
    CHECK(sentences_of("Polls close at 8 p.m. on Sunday.") == Texts{"Polls close at 8 p.m. on Sunday."});
}

TEST_CASE("segment: an abbreviation holds the break whatever the spacing and brackets") {
    CHECK(sentences_of("It was signed by Gen.  Kim on Friday.") == Texts{"It was signed by Gen.  Kim on Friday."});
    CHECK(sentences_of("The envoy (Dr. Achebe) arrived.") == Texts{"The envoy (Dr. Achebe) arrived."});
}

TEST_CASE("segment: a word that is not an abbreviation ends the sentence") {
    CHECK(sentences_of("It was a new gen. Then it ended.") == Texts{"It was a new gen.", "Then it ended."});
    CHECK(sentences_of("They met in Gdansk. Kim left.") == Texts{"They met in Gdansk.", "Kim left."});
    // A word that ends in an abbreviation is not that abbreviation: "al." (of "et al.") and "Co."
    // hold no break after "deal." or "Morocco.".
    CHECK(sentences_of("The ferry deal was unusual. The mayor said so. They sailed to Morocco. Kim left.") ==
          Texts{"The ferry deal was unusual.", "The mayor said so.", "They sailed to Morocco.", "Kim left."});
    CHECK(sentences_of("Smith et al. The study said so.") == Texts{"Smith et al.", "The study said so."});
}

TEST_CASE("segment: sentences never cross blocks and are trimmed of white space") {
    const Document doc = paragraphs({"  First one. Second one.  ", "Third one without a stop", "Fourth."});
    const Segmented seg = example_segmenter().segment(doc);
    CHECK(sentence_texts(doc, seg) == Texts{"First one.", "Second one.", "Third one without a stop", "Fourth."});
    REQUIRE(seg.sentences.size() == 4);
    CHECK(seg.sentences[0].span == Span{2, 12});
    CHECK(seg.sentences[1].span == Span{13, 24});
    CHECK(seg.sentences[2].span == Span{28, 52});
    CHECK(seg.sentences[3].span == Span{54, 61});
    CHECK(seg.sentences[0].block == 0);
    CHECK(seg.sentences[1].block == 0);
    CHECK(seg.sentences[1].index_in_block == 1);
    CHECK(seg.sentences[2].block == 1);
    CHECK(seg.sentences[2].index_in_block == 0);
    CHECK(seg.sentences[3].block == 2);
}

TEST_CASE("segment: no sentence break inside a quotation that closes in its block") {
    CHECK(sentences_of("\"We are ready. The door is open,\" he said. Then he left.") ==
          Texts{"\"We are ready. The door is open,\" he said.", "Then he left."});
    CHECK(sentences_of("She said: “Talks failed. We go home.” Nobody replied.") ==
          Texts{"She said: “Talks failed. We go home.”", "Nobody replied."});
}

TEST_CASE("segment: a lower-case word after a closing quote mark continues the sentence") {
    CHECK(sentences_of("\"Why now?\" he asked. \"Go!\" she said. “Really?” they wondered.") ==
          Texts{"\"Why now?\" he asked.", "\"Go!\" she said.", "“Really?” they wondered."});
    // A capital cannot be told from the start of a new sentence: ICU's break stays.
    CHECK(sentences_of("\"Why now?\" Mr Lewis asked.") == Texts{"\"Why now?\"", "Mr Lewis asked."});
    CHECK(sentences_of("Why now? he asked.") == Texts{"Why now?", "he asked."});
}

TEST_CASE("segment: a quotation with an attribution inside stays one sentence") {
    CHECK(sentences_of("\"We will,\" she said, \"not give up. Never.\" The crowd cheered.") ==
          Texts{"\"We will,\" she said, \"not give up. Never.\"", "The crowd cheered."});
}

TEST_CASE("segment: breaks inside an unclosed quotation are kept") {
    CHECK(sentences_of("\"We are ready. The door is open, he said. Then he left.") ==
          Texts{"\"We are ready.", "The door is open, he said.", "Then he left."});
}

TEST_CASE("segment: a quotation continued over paragraphs keeps each paragraph's breaks apart") {
    const Document doc = paragraphs({"\"We are ready. We will talk.", "\"The door is open. Come in,\" he said."});
    const Segmented seg = example_segmenter().segment(doc);
    // The first paragraph's quote does not close there, so its break stays; the second closes.
    CHECK(sentence_texts(doc, seg) ==
          Texts{"\"We are ready.", "We will talk.", "\"The door is open. Come in,\" he said."});
}

TEST_CASE("segment: offsets are UTF-8 bytes in multibyte text") {
    const Document doc = paragraphs({"Ms Jovanović said “We’re ready.” Then Zoë 🙂 left."});
    const Segmented seg = example_segmenter().segment(doc);
    REQUIRE(seg.sentences.size() == 2);
    CHECK(seg.sentences[0].span == Span{0, 39});
    CHECK(seg.sentences[1].span == Span{40, 60});
    CHECK(sentence_texts(doc, seg) == Texts{"Ms Jovanović said “We’re ready.”", "Then Zoë 🙂 left."});
    REQUIRE(seg.quotes.size() == 1);
    CHECK(seg.quotes[0].span == Span{19, 39});
    CHECK(seg.quotes[0].inner == Span{22, 36});
}

TEST_CASE("segment: malformed UTF-8 is read as replacement characters, not skipped") {
    const Document doc = paragraphs({std::string("Bad \xC3 byte here. Next one \xFF\xFE. End.")});
    const Segmented seg = example_segmenter().segment(doc);
    CHECK(sentence_texts(doc, seg) ==
          Texts{"Bad \xC3 byte here.", "Next one \xFF\xFE.", "End."});
}

TEST_CASE("segment: an empty document and empty blocks give nothing") {
    const Document empty;
    const Segmented none = example_segmenter().segment(empty);
    CHECK(none.blocks.empty());
    CHECK(none.sentences.empty());
    CHECK(none.quotes.empty());

    const Document blank = paragraphs({"", "   "});
    const Segmented seg = example_segmenter().segment(blank);
    CHECK(seg.blocks.size() == 2);
    CHECK(seg.sentences.empty());
    CHECK(seg.quotes.empty());
}

TEST_CASE("segment: a block span outside the text is clamped, not read past the end") {
    Document doc = paragraphs({"One. Two."});
    doc.blocks.push_back({BlockKind::Paragraph, Span{5, 500}});
    const Segmented seg = example_segmenter().segment(doc);
    CHECK(sentence_texts(doc, seg) == Texts{"One.", "Two.", "Two."});
    CHECK(seg.blocks[1].span == Span{5, 500});  // the copy keeps the loader's span
}

TEST_CASE("segment: a 1 MB block is segmented in one pass") {
    const std::string unit = "\"We are ready. The door is open,\" he said at 9 a.m. on Monday. Gen. Kim's aides didn't agree. ";
    std::string text;
    std::size_t units = 0;
    while (text.size() < (1u << 20)) {
        text += unit;
        ++units;
    }
    text.pop_back();  // no trailing space
    const Document doc = paragraphs({text});
    const Segmented seg = example_segmenter().segment(doc);
    REQUIRE(seg.sentences.size() == 2 * units);
    CHECK(seg.sentences[0].span.in(doc.text) == "\"We are ready. The door is open,\" he said at 9 a.m. on Monday.");
    CHECK(seg.sentences[1].span.in(doc.text) == "Gen. Kim's aides didn't agree.");
    CHECK(seg.sentences.back().span.end == doc.text.size());
    CHECK(seg.sentences.back().index_in_block == 2 * units - 1);
    REQUIRE(seg.quotes.size() == units);
    CHECK(seg.quotes.back().span == Span{(units - 1) * unit.size(), (units - 1) * unit.size() + 33});
}

TEST_CASE("segment: pathological 1 MB blocks finish") {
    // Deeply nested opening marks, thousands of abbreviation-like tokens without spaces, and
    // nothing but apostrophes: each must stay linear.
    std::string nested;
    std::string dotted;
    std::string marks;
    while (nested.size() < (1u << 20)) nested += "“a ";
    while (dotted.size() < (1u << 20)) dotted += "1.A.";
    while (marks.size() < (1u << 20)) marks += "' \"";
    const Document nested_doc = paragraphs({nested});
    const Segmented nested_seg = example_segmenter().segment(nested_doc);
    CHECK(nested_seg.quotes.size() == nested.size() / 5);  // every “ opens a quote, none closes
    CHECK(nested_seg.quotes.back().closed == false);
    CHECK(nested_seg.quotes.back().depth == static_cast<int>(nested.size() / 5 - 1));

    const Document dotted_doc = paragraphs({dotted});
    CHECK(!example_segmenter().segment(dotted_doc).sentences.empty());

    // Each straight mark after a space opens a quote, except the last, at the end: it closes the
    // innermost.
    const Document marks_doc = paragraphs({marks});
    const Segmented marks_seg = example_segmenter().segment(marks_doc);
    CHECK(marks_seg.quotes.size() == marks.size() / 3 - 1);
    CHECK(marks_seg.quotes.back().closed == true);
}

TEST_CASE("segment: segment() may run on several threads with one Segmenter") {
    const Document doc = paragraphs({"\"We are ready. The door is open,\" he said. Gen. Kim agreed.", "He left at 9 a.m. The end."});
    const Segmented expected = example_segmenter().segment(doc);
    Segmented first, second;
    std::thread a([&] { for (int i = 0; i < 50; ++i) first = example_segmenter().segment(doc); });
    std::thread b([&] { for (int i = 0; i < 50; ++i) second = example_segmenter().segment(doc); });
    a.join();
    b.join();
    CHECK(sentence_texts(doc, first) == sentence_texts(doc, expected));
    CHECK(sentence_texts(doc, second) == sentence_texts(doc, expected));
    CHECK(sentence_texts(doc, expected) ==
          Texts{"\"We are ready. The door is open,\" he said.", "Gen. Kim agreed.", "He left at 9 a.m.", "The end."});
}

TEST_CASE("segment: a sentence opener after an abbreviation with inner dots starts a sentence") {
    CHECK(sentences_of("Cox said the threat was growing in the U.S. He wants a vote.") ==
          Texts{"Cox said the threat was growing in the U.S.", "He wants a vote."});
    CHECK(sentences_of("The U.S. Senate voted.") == Texts{"The U.S. Senate voted."});
}

TEST_CASE("segment: a middle initial does not end a sentence") {
    CHECK(sentences_of("Gallup's Jeffrey M. Jones wrote in April.") == Texts{"Gallup's Jeffrey M. Jones wrote in April."});
}

TEST_CASE("segment: a Roman numeral or a lettered plan before a dot still ends a sentence") {
    CHECK(sentences_of("He served in World War I. Veterans remember him.") ==
          Texts{"He served in World War I.", "Veterans remember him."});
    CHECK(sentences_of("The council chose plan B. Residents were angry.") ==
          Texts{"The council chose plan B.", "Residents were angry."});
    CHECK(sentences_of("The letter was signed by Amina K. Osei on Monday.") ==
          Texts{"The letter was signed by Amina K. Osei on Monday."});
}

TEST_CASE("segment: a figure after a full stop opens a sentence, unless an abbreviation holds it") {
    // ICU looks past "17%" to the lower-case "of" and would keep one sentence.
    CHECK(sentences_of("Readers are fed up with slow speeds. 17% of them have switched suppliers.") ==
          Texts{"Readers are fed up with slow speeds.", "17% of them have switched suppliers."});
    CHECK(sentences_of("Sales fell in 2004. 2005 was better for the firm.") ==
          Texts{"Sales fell in 2004.", "2005 was better for the firm."});
    CHECK(sentences_of("Dr. Achebe spoke at No. 10 Downing Street and cited p. 17 of the report.") ==
          Texts{"Dr. Achebe spoke at No. 10 Downing Street and cited p. 17 of the report."});
    CHECK(sentences_of("The fare rose to $1.50 on 3 May.") == Texts{"The fare rose to $1.50 on 3 May."});
}
