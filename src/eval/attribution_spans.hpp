// One attribution as the evaluation sees it: byte ranges into an article's text, each role a list
// of pieces because annotated spans can be discontinuous (a quote split by its cue has two content
// pieces). Gold annotations and the engine's predictions take this same shape so that the scorer
// compares like with like.
#pragma once

#include <vector>

#include "common/span.hpp"

namespace claimcheck {

struct AttributionSpans {
    std::vector<Span> cue;
    std::vector<Span> source;   // empty when the source is implicit ("it is believed")
    std::vector<Span> content;
    bool implicit_source = false;
};

}  // namespace claimcheck
