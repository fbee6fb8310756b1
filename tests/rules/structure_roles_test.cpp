// The built-in pack's block roles (rules/en/structure.yml) on furniture a newsroom's copy carries:
// bylines and credits with accented, Polish and Cyrillic names, and look-alikes that are story text.
#include <doctest/doctest.h>

#include "../text/segment_fixture.hpp"
#include "pipeline/pipeline.hpp"

using namespace claimcheck;
using namespace claimcheck::segment_test;

TEST_CASE("structure roles: the built-in pack tells bylines and credits from story text") {
    const Engine engine(load_builtin_pack());
    const Document doc = make_document({
        {BlockKind::Paragraph, "By José Núñez and Łukasz Żak, political reporters"},
        {BlockKind::Paragraph, "By Иван Петров"},
        {BlockKind::Paragraph, "By O'Neill-Smith"},
        {BlockKind::Paragraph, "By the end of the week the talks had collapsed."},
        {BlockKind::Paragraph, "By Jane Doe, who has covered the council for a decade and knows its ways."},
        {BlockKind::Paragraph, "Leaders met in Geneva. Image copyright Jürgen Müller/AFP"},
        {BlockKind::Paragraph, "Image copyright Getty Images"},
        {BlockKind::Paragraph, "By One Two Three Four Five Six Seven"},
    });
    const Segmented seg = engine.stages().segmenter->segment(doc);
    REQUIRE(seg.blocks.size() == 8);
    CHECK(seg.blocks[0].kind == BlockKind::Byline);
    CHECK(seg.blocks[1].kind == BlockKind::Byline);
    CHECK(seg.blocks[2].kind == BlockKind::Byline);
    CHECK(seg.blocks[3].kind == BlockKind::Paragraph);  // lower-case words after "By"
    CHECK(seg.blocks[4].kind == BlockKind::Paragraph);  // a sentence after the name, not a desk
    CHECK(seg.blocks[5].kind == BlockKind::Credit);     // a credit run on at the end of a block
    CHECK(seg.blocks[6].kind == BlockKind::Credit);
    CHECK(seg.blocks[7].kind == BlockKind::Paragraph);  // more than six capitalised words
}
