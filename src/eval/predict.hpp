// The engine's attributions in the shape the scorer compares: byte ranges of the original text
// (the same mapping as the JSON report), one attribution per cue.
#pragma once

#include <vector>

#include "eval/attribution_spans.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

// The gold format has one attribution per cue with all its content pieces, while the engine
// adds a Continuation attribution (sharing its parent's cue) for every quote that carries on
// in a later sentence. So every attribution with the same cue becomes one: sources and content
// pieces joined, sorted and deduplicated. The result is ordered by cue position.
std::vector<AttributionSpans> predicted_attributions(const CheckedDocument& checked);

}  // namespace claimcheck
