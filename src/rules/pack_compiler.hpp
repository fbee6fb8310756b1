// Turning the merged sections of a pack into a RulePack: lexicon includes resolved, {{names}}
// expanded, every regex compiled with RE2 and its named groups checked, the pattern prefilter set
// built. Errors point at the regex (or name) that causes them.
#pragma once

#include <memory>
#include <string>

#include <re2/re2.h>

#include "rules/pack_parser.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck::rules {

// The RE2 options of every regex in a pack: UTF-8, captures on, no logging to stderr, and a
// memory budget so a huge lexicon cannot make one pattern take the whole machine.
RE2::Options regex_options();

RulePack compile_pack(const std::string& name, PackSources sources, PackValidation validation);

}  // namespace claimcheck::rules
