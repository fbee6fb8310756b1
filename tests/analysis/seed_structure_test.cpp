// The foundation's acceptance test: a draft of our own with the structure of the article the
// project started from (headline attribution, dateline, captions and credits, a relayed statement,
// "It added", metonyms, vague, agentless and anonymous sources, a loaded verb, a closing quote).
#include <doctest/doctest.h>

#include "engine_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("seed-structured sample: every attribution with its source and entity") {
    CheckedDocument result = check_sample("grain-talks.txt");
    CHECK(describe_attributions(result) ==
          "says | Turkey | Turkey | headline\n"
          "says | Turkey | Turkey | indirect\n"
          "have ruled out | European officials | European officials | indirect\n"
          "says | The EU | European Union | indirect\n"
          "has been seen as | - | - | agentless\n"
          "According to | Mr Aydin's office | Mr Aydin's office | according-to\n"
          "said | he | Oleg Marchenko | mixed\n"
          "added | It | Mr Aydin's office | mixed\n"
          "has often said | Moscow | Russia | indirect\n"
          "has insisted | Ukraine | Ukraine | indirect\n"
          "described | that | an angry statement from Kyiv | mixed\n"
          "praised | Moscow's foreign ministry | Moscow's foreign ministry | indirect\n"
          "said | Moscow's foreign ministry | Moscow's foreign ministry | mixed\n"
          "have cautioned | experts | experts | indirect\n"
          "have said | EU officials | EU officials | indirect\n"
          "warned of | US President Daniel Reyes | Daniel Reyes | indirect\n"
          "said | he | Daniel Reyes | direct\n"
          "did not say | He | Daniel Reyes | mixed\n");
}

TEST_CASE("seed-structured sample: exactly the findings an editor expects, none on captions or credits") {
    CheckedDocument result = check_sample("grain-talks.txt");
    CHECK(describe_findings(result) ==
          "11 anonymous-source: European officials\n"
          "15 agentless-attribution: has been seen as\n"
          "21 relayed-statement: According to Mr Aydin's office, he said\n"
          "30 loaded-verb: has insisted\n"
          "44 vague-source: experts\n"
          "51 anonymous-source: EU officials\n"
          "53 unattributed-claim: It would have been the first direct contact between Russia and the EU since the blockade began.\n");
    for (const auto& finding : result.findings) {
        BlockKind kind = result.seg.sentences[finding.sentence].kind;
        CHECK(kind != BlockKind::Caption);
        CHECK(kind != BlockKind::Credit);
        CHECK(kind != BlockKind::Dateline);
        CHECK(kind != BlockKind::Boilerplate);
    }
}

TEST_CASE("seed-structured sample: sources, kinds and sides") {
    CheckedDocument result = check_sample("grain-talks.txt");
    const auto& entities = result.analysis.entities;
    auto find = [&](const std::string& name) -> const Entity* {
        for (const auto& entity : entities)
            if (entity.name == name) return &entity;
        return nullptr;
    };
    REQUIRE(find("Mr Aydin's office"));
    REQUIRE(find("Selim Aydin"));
    // The office belongs to the president: they are one side, not two sources.
    CHECK(find("Mr Aydin's office")->parent >= 0);
    CHECK(entities[static_cast<std::size_t>(find("Mr Aydin's office")->parent)].name == "Selim Aydin");
    CHECK(find("Mr Aydin's office")->side == find("Selim Aydin")->side);
    REQUIRE(find("EU officials"));
    CHECK(find("EU officials")->kind == SourceKind::Anonymous);
    CHECK(find("EU officials")->side == "European Union");
    REQUIRE(find("experts"));
    CHECK(find("experts")->kind == SourceKind::Vague);
    REQUIRE(find("Russia"));
    CHECK(find("Russia")->kind == SourceKind::Organization);
}

TEST_CASE("block roles: dateline, captions, credits and boilerplate are recognised") {
    CheckedDocument result = check_sample("grain-talks.txt");
    int captions = 0, credits = 0, datelines = 0, boilerplate = 0;
    for (const auto& block : result.seg.blocks) {
        captions += block.kind == BlockKind::Caption;
        credits += block.kind == BlockKind::Credit;
        datelines += block.kind == BlockKind::Dateline;
        boilerplate += block.kind == BlockKind::Boilerplate;
    }
    CHECK(captions == 4);
    CHECK(credits == 4);
    CHECK(datelines == 1);
    CHECK(boilerplate == 2);
    CHECK(result.seg.blocks.front().kind == BlockKind::Headline);
}
