// Fast membership tests for the rule pack's word lists: a hash set per lexicon, so classifying a
// source's head noun costs one lookup instead of a regex per entry.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/rulepack.hpp"

namespace claimcheck {

std::string ascii_lower(std::string_view text);

// Splits on spaces; keeps hyphens, apostrophes and dots inside words.
std::vector<std::string_view> split_words(std::string_view text);

class WordSet {
public:
    WordSet() = default;
    // Lower-case entries match case-insensitively; entries with capitals match exactly.
    void add_lexicon(const Lexicon& lexicon);
    bool contains(std::string_view phrase) const;
    bool empty() const { return exact_.empty() && folded_.empty(); }

private:
    // Looked up by string_view: the cue frames ask once per word, and a lookup must not allocate.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
    Set exact_;
    Set folded_;
};

// A WordSet per lexicon name; names missing from the pack raise a UserError naming the lexicon
// the engine needs, so an incomplete custom pack fails at load time, not silently.
WordSet required_words(const RulePack& pack, const std::string& lexicon);

// Maps every verb form in the speech lexicons to its lexicon tag (connotation class).
std::unordered_map<std::string, std::string> cue_classes(const RulePack& pack);

// The expanded regex of a fragment the engine reads by name, or a UserError when missing.
std::string required_fragment(const RulePack& pack, const std::string& name);

}  // namespace claimcheck
