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

// When the patterns' regexes compile. WithPack finds every error before a draft is checked, as a
// pack someone is writing needs. OnFirstUse is for a pack whose regexes are known to compile (the
// built-in pack as the build embedded it, which the test suite compiles in full): each pattern
// compiles when the prefilter first selects it, so a short draft compiles only the few it needs,
// and the pack's two sets may still be compiling when it is returned (see PendingSet).
enum class PatternCompilation { WithPack, OnFirstUse };

RulePack compile_pack(const std::string& name, PackSources sources, PackValidation validation,
                      PatternCompilation compilation = PatternCompilation::WithPack);

// An expanded pattern regex compiled, with the indices of the groups it names. A name the engine
// does not read is left out: the pack compiler reports those (WithPack).
CompiledPattern compile_pattern(const std::string& expanded);

}  // namespace claimcheck::rules
