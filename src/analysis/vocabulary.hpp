// The cue frames ask of almost every word whether it is in one lexicon or another (a
// determiner? a cue verb? a day?), dozens of times a sentence. A Vocabulary answers all of those
// with one hash lookup per word: each word of a sentence is tagged once with a bit per lexicon it
// belongs to, and each question becomes a bit test.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/lexicon_index.hpp"
#include "analysis/tokens.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

// One lexicon of the pack: its bit for tagged words, and its words for phrase lookups ("went on").
class TaggedWords {
public:
    TaggedWords() = default;
    TaggedWords(WordSet words, std::uint64_t bit) : words_(std::move(words)), bit_(bit) {}
    // The word as written in lower case (`Token::lower`) is in the lexicon.
    bool has(const Token& token) const { return (token.tags & bit_) != 0; }
    // ... or, for a capitalised word, its capitalised form is ("Monday", "But").
    bool has_any_case(const Token& token) const { return ((token.tags | token.capital_tags) & bit_) != 0; }
    bool contains(std::string_view phrase) const { return words_.contains(phrase); }

private:
    WordSet words_;
    std::uint64_t bit_ = 0;
};

class Vocabulary {
public:
    // The lexicon `name` of the pack, with the next free bit; a UserError when the pack lacks it.
    TaggedWords add(const RulePack& pack, const std::string& name);
    // Sets `tags` and `capital_tags` on every word of a sentence.
    void tag(std::vector<Token>& tokens) const;
    // The word is the first of a phrase in some lexicon ("went" of "went on"): only then is a
    // phrase lookup worth building.
    static bool starts_phrase(const Token& token) { return (token.tags & kPhraseStart) != 0; }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    using Tags = std::unordered_map<std::string, std::uint64_t, Hash, std::equal_to<>>;
    Tags folded_;   // lower-case entries: match a word in any case
    Tags exact_;    // entries with capitals: match only as written
    static constexpr std::uint64_t kPhraseStart = std::uint64_t{1} << 63;
    unsigned next_bit_ = 0;
};

}  // namespace claimcheck
