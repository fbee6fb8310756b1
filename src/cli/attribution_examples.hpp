// Attribution examples (the rule pack's `attribution-examples`) run through the whole engine:
// the texts of the attributions it finds in an example, compared with what the example expects.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/pipeline.hpp"

namespace claimcheck {

// An attribution as `claimcheck rules test` compares it: the texts of its spans and its form.
struct FoundAttribution {
    std::string cue;
    std::optional<std::string> source;  // none: agentless
    std::vector<std::string> content;   // one text per piece
    std::string form;                   // attribution_form_name()
};

// Runs an example draft of the rule pack (a check's fire/pass draft or an attribution example)
// through the engine. Examples are Markdown, so that a first line is a paragraph like any other
// unless it is written as a headline ("# Council says bridge will close").
CheckedDocument check_example(const Engine& engine, const std::string& text);

// The attributions the engine finds in an example draft, in the engine's order.
std::vector<FoundAttribution> find_attributions(const Engine& engine, const std::string& text);

// Empty when `found` is exactly what `expected` asks for: as many attributions, in the same
// order, each with the cue and every other key the example gives. Otherwise both sides written
// compactly, as they would be in the rule file: "expected [{cue: said, …}], found []".
std::string attribution_mismatch(const std::vector<ExpectedAttribution>& expected,
                                 const std::vector<FoundAttribution>& found);

}  // namespace claimcheck
