// `{{name}}` expansion: lexicons become alternations of their escaped entries, fragments become
// groups of their (recursively expanded) regex. Expansion is textual and happens once, at load, so
// the engine only ever sees plain RE2 regexes.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck::rules {

// `(?:alt1|alt2|…)`: entries escaped, longest first (so a leftmost-first match prefers "said
// that" over "said"), an all-lower-case entry case-insensitive `(?i:…)` so "said" also matches
// "Said", an entry with a capital exact ("US" never matches "us"), and the words of a multi-word
// entry separated by `\s+` so line breaks and double spaces inside a phrase still match.
std::string lexicon_regex(const std::vector<std::string>& entries);

struct FragmentSource {
    std::string regex;  // as written
    Location where;     // of the regex value
};

// Expands regexes against a pack's lexicons and fragments, caching each expansion.
class Expander {
public:
    Expander(const std::map<std::string, Lexicon>& lexicons, const std::map<std::string, FragmentSource>& fragments);

    // The regex with every {{name}} replaced. `owner` names the regex in messages ("pattern
    // 'np-said'"), `where` is its place. `used_fragments` (if given) receives the fragments it
    // refers to directly.
    std::string expand(const std::string& regex, const std::string& owner, const Location& where,
                       std::set<std::string>* used_fragments = nullptr);

    // The fully expanded text of a fragment (without the surrounding group).
    const std::string& fragment(const std::string& name);
    // Fragments a fragment refers to directly (valid after fragment(name)).
    const std::set<std::string>& fragment_uses(const std::string& name) const { return fragment_uses_.at(name); }

private:
    const std::map<std::string, Lexicon>& lexicons_;
    const std::map<std::string, FragmentSource>& fragments_;
    std::map<std::string, std::string> lexicon_cache_;
    std::map<std::string, std::string> fragment_cache_;
    std::map<std::string, std::set<std::string>> fragment_uses_;
    std::vector<std::string> in_progress_;  // fragments being expanded, outermost first
};

}  // namespace claimcheck::rules
