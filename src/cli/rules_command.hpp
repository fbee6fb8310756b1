// `claimcheck rules list|test|explain`: what the rule pack holds, and its examples run as tests.
#pragma once

#include <iosfwd>
#include <string>

#include "pipeline/pipeline.hpp"

namespace claimcheck {

void list_rules(std::ostream& out, const RulePack& pack);
// Returns false (and prints which) when the check id is unknown.
bool explain_rule(std::ostream& out, const RulePack& pack, const std::string& id);
// Runs every pattern's and check's examples and the pack's attribution examples; prints each
// failure with its location and a final "N passed, M failed" line. Returns the number of failures.
int test_rules(std::ostream& out, const Engine& engine);

}  // namespace claimcheck
