#include <doctest/doctest.h>

#include <string>

#include "common/error.hpp"
#include "segment_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::segment_test;

TEST_CASE("segment roles: paragraphs take the kind of the first matching role") {
    const Document doc = make_document({
        {BlockKind::Headline, "By Royal Appointment: talks resume"},
        {BlockKind::Paragraph, "By Jane Doe"},
        {BlockKind::Paragraph, "12 June 2018"},
        {BlockKind::Paragraph, "Image caption Leaders met in Singapore. Both smiled."},
        {BlockKind::Paragraph, "Image copyright Reuters"},
        {BlockKind::Paragraph, "Photo: A. Reporter"},
        {BlockKind::Paragraph, "Share this story About sharing"},
        {BlockKind::Paragraph, "The talks resumed. By noon, they were over."},
        {BlockKind::Heading, "By the sea"},
        {BlockKind::ListItem, "Share this story with friends"},
        {BlockKind::Blockquote, "Image caption inside a quote block"},
    });
    const Segmented seg = example_segmenter().segment(doc);
    REQUIRE(seg.blocks.size() == 11);
    CHECK(seg.blocks[0].kind == BlockKind::Headline);  // headlines keep their kind
    CHECK(seg.blocks[1].kind == BlockKind::Byline);
    CHECK(seg.blocks[2].kind == BlockKind::Dateline);
    CHECK(seg.blocks[3].kind == BlockKind::Caption);
    CHECK(seg.blocks[4].kind == BlockKind::Credit);
    CHECK(seg.blocks[5].kind == BlockKind::Credit);
    CHECK(seg.blocks[6].kind == BlockKind::Boilerplate);
    CHECK(seg.blocks[7].kind == BlockKind::Paragraph);  // "By noon" is not at the start
    CHECK(seg.blocks[8].kind == BlockKind::Heading);
    CHECK(seg.blocks[9].kind == BlockKind::ListItem);
    CHECK(seg.blocks[10].kind == BlockKind::Blockquote);
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) CHECK(seg.blocks[i].span == doc.blocks[i].span);
}

TEST_CASE("segment roles: sentences carry their block's refined kind and index") {
    const Document doc = make_document({
        {BlockKind::Headline, "Talks resume"},
        {BlockKind::Paragraph, "Image caption Leaders met. Both smiled."},
        {BlockKind::Paragraph, "The talks resumed. They ended."},
    });
    const Segmented seg = example_segmenter().segment(doc);
    REQUIRE(seg.sentences.size() == 5);
    CHECK(seg.sentences[0].kind == BlockKind::Headline);
    CHECK(seg.sentences[0].block == 0);
    CHECK(seg.sentences[1].kind == BlockKind::Caption);
    CHECK(seg.sentences[1].span.in(doc.text) == "Image caption Leaders met.");
    CHECK(seg.sentences[2].kind == BlockKind::Caption);
    CHECK(seg.sentences[2].block == 1);
    CHECK(seg.sentences[2].index_in_block == 1);
    CHECK(seg.sentences[3].kind == BlockKind::Paragraph);
    CHECK(seg.sentences[3].block == 2);
    CHECK(seg.sentences[3].index_in_block == 0);
    CHECK(seg.sentences[4].index_in_block == 1);
}

TEST_CASE("segment roles: the first matching role wins") {
    SegmentOptions options;
    options.block_roles = {{BlockKind::Credit, "^Photo"}, {BlockKind::Caption, "^Photo caption"}};
    const Segmenter segmenter(options);
    const Document doc = paragraphs({"Photo caption: the summit"});
    CHECK(segmenter.segment(doc).blocks[0].kind == BlockKind::Credit);
}

TEST_CASE("segment roles: an invalid pattern is a user error naming it") {
    SegmentOptions options;
    options.block_roles = {{BlockKind::Byline, "^By [A-Z]"}, {BlockKind::Caption, "^(Image caption"}};
    try {
        const Segmenter segmenter(options);
        FAIL("expected a UserError");
    } catch (const UserError& error) {
        CHECK(std::string(error.what()) ==
              "structure.block-roles: block role pattern 2 (caption) '^(Image caption' is not a valid RE2 "
              "regex: missing ): ^(Image caption; fix it in the rule pack's structure section");
    }
}

TEST_CASE("segment roles: no options, no roles and no abbreviations") {
    const Segmenter plain{SegmentOptions{}};
    const Document doc = paragraphs({"By Jane Doe", "Mr. Moon met Gen. Kim."});
    const Segmented seg = plain.segment(doc);
    CHECK(seg.blocks[0].kind == BlockKind::Paragraph);
    // The abbreviations come from the rule pack alone: ICU's English list is not used, since it
    // holds words that end sentences in news copy ("the Affordable Care Act.").
    CHECK(sentence_texts(doc, seg) == Texts{"By Jane Doe", "Mr.", "Moon met Gen.", "Kim."});
}

TEST_CASE("segment: words in CLDR's abbreviation list end a sentence") {
    const Segmenter segmenter{SegmentOptions{{"Mr", "Gen"}, {}, {}}};
    const Document doc = paragraphs({"Congress passed the Affordable Care Act. The firm sold Wal-Mart. Joe. Mr. Moon met Gen. Kim."});
    const Segmented seg = segmenter.segment(doc);
    CHECK(sentence_texts(doc, seg) ==
          Texts{"Congress passed the Affordable Care Act.", "The firm sold Wal-Mart.", "Joe.", "Mr. Moon met Gen. Kim."});
}
