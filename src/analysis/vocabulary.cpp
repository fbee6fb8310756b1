#include "analysis/vocabulary.hpp"

#include <cctype>

#include "common/error.hpp"

namespace claimcheck {

namespace {

bool has_upper(std::string_view text) {
    for (char c : text)
        if (std::isupper(static_cast<unsigned char>(c))) return true;
    return false;
}

}  // namespace

TaggedWords Vocabulary::add(const RulePack& pack, const std::string& name) {
    if (next_bit_ >= 63)
        throw UserError(Location{"rules/" + pack.name},
                        "the cue frames read more than 64 lexicons; lexicon '" + name + "' has no tag bit left");
    const std::uint64_t bit = std::uint64_t{1} << next_bit_++;
    WordSet words = required_words(pack, name);
    for (const auto& entry : pack.lexicon(name)->entries) {
        (has_upper(entry) ? exact_ : folded_)[entry] |= bit;
        // Phrases are looked up folded, by their first word in lower case.
        if (const std::size_t space = entry.find(' '); space != std::string::npos)
            folded_[ascii_lower(std::string_view(entry).substr(0, space))] |= kPhraseStart;
    }
    return TaggedWords(std::move(words), bit);
}

void Vocabulary::tag(std::vector<Token>& tokens) const {
    std::string capital;
    for (Token& token : tokens) {
        if (!token.is_word()) continue;
        if (auto it = folded_.find(token.lower); it != folded_.end()) token.tags = it->second;
        if (!token.capitalised || exact_.empty()) continue;
        capital = token.lower;
        capital[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capital[0])));
        if (auto it = exact_.find(capital); it != exact_.end()) token.capital_tags = it->second;
    }
}

}  // namespace claimcheck
