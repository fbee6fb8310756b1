#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "segment_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::segment_test;

namespace {

// Deterministic drafts made of the pieces the segmenter finds hardest: every quote mark,
// apostrophes, abbreviations, sentence ends, multibyte letters, malformed bytes.
std::string tricky_block(std::uint32_t& state, int pieces) {
    static const char* const kPieces[] = {
        "\"", "“", "”", "‘", "’", "'", "«", "»", " ", "  ", "Gen.", "U.S.", "a.m.", "word", "Zoë",
        "🙂", ". ", "? ", "! ", ",", "(", ")", "—", "Korea's", "rock 'n' roll", "the '90s", "\xC3",
        "\xE2\x80", "The", "he said", "\xC2"};
    constexpr std::uint32_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
    std::string text;
    for (int i = 0; i < pieces; ++i) {
        state = state * 1664525u + 1013904223u;
        text += kPieces[(state >> 8) % kCount];
    }
    return text;
}

void check_invariants(const Document& doc, const Segmented& seg) {
    REQUIRE(seg.blocks.size() == doc.blocks.size());
    std::size_t previous_end = 0;
    for (const Sentence& sentence : seg.sentences) {
        REQUIRE(sentence.block < doc.blocks.size());
        const Span block = doc.blocks[sentence.block].span;
        CHECK(!sentence.span.empty());
        CHECK(block.contains(sentence.span));
        CHECK(sentence.span.start >= previous_end);
        previous_end = sentence.span.end;
    }
    std::size_t previous_start = 0;
    for (const Quote& quote : seg.quotes) {
        CHECK(quote.span.start <= quote.inner.start);
        CHECK(quote.inner.start <= quote.inner.end);
        CHECK(quote.inner.end <= quote.span.end);
        CHECK(quote.span.end <= doc.text.size());
        CHECK(quote.span.start >= previous_start);
        CHECK(quote.depth >= 0);
        previous_start = quote.span.start;
    }
}

}  // namespace

TEST_CASE("segment invariants: spans stay ordered and inside their blocks on tricky drafts") {
    std::uint32_t state = 12345;
    for (int round = 0; round < 200; ++round) {
        const Document doc = paragraphs({tricky_block(state, 40), tricky_block(state, 3), tricky_block(state, 60)});
        check_invariants(doc, example_segmenter().segment(doc));
    }
}
