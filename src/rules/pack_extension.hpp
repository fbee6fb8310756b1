// What a newsroom's config adds to a rule pack before it is compiled: words for the pack's
// lexicons, and its own people, offices and aliases (DESIGN.md step 4, "resolve sources").
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rules/yaml_reader.hpp"

namespace claimcheck::rules {

struct PackExtension {
    // Lexicon name (where the config names it) → entries to append, inflected as the lexicon's own.
    std::vector<std::pair<LocatedString, std::vector<LocatedString>>> lexicon_entries;
    // Added to the pack's `sources` section; an entry the pack has too is replaced.
    std::map<std::string, LocatedString> aliases;       // "City Hall" → "Springfield City Council"
    std::map<std::string, LocatedString> affiliations;  // "Springfield City Council" → "Springfield"
};

}  // namespace claimcheck::rules
