#include <doctest/doctest.h>

#include "common/span_index.hpp"

using namespace claimcheck;

TEST_CASE("span index: overlaps as Span::overlaps does, whatever order the spans come in") {
    const std::vector<Span> spans{{40, 50}, {0, 100}, {10, 12}, {60, 60}, {200, 210}};
    const SpanIndex index(spans);
    const std::vector<Span> probes{{0, 1},     {11, 11},  {100, 150}, {99, 101}, {150, 199},
                                   {199, 201}, {205, 206}, {210, 220}, {59, 61},  {300, 400}};
    for (const Span& probe : probes) {
        CAPTURE(probe.start);
        CAPTURE(probe.end);
        bool expected = false;
        for (const Span& span : spans) expected = expected || span.overlaps(probe);
        CHECK(index.overlaps(probe) == expected);
    }
    CHECK_FALSE(SpanIndex({}).overlaps(Span{0, 10}));
}
