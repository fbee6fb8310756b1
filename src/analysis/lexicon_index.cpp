#include "analysis/lexicon_index.hpp"

#include <cctype>

namespace claimcheck {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

static bool has_upper(std::string_view text) {
    for (char c : text)
        if (std::isupper(static_cast<unsigned char>(c))) return true;
    return false;
}

void WordSet::add_lexicon(const Lexicon& lexicon) {
    for (const auto& entry : lexicon.entries) {
        if (has_upper(entry)) exact_.insert(entry);
        else folded_.insert(entry);
    }
}

bool WordSet::contains(std::string_view phrase) const {
    if (!exact_.empty() && exact_.find(phrase) != exact_.end()) return true;
    if (folded_.empty()) return false;
    // Most lookups are of words already in lower case: fold only when there is a capital.
    if (!has_upper(phrase)) return folded_.find(phrase) != folded_.end();
    return folded_.find(ascii_lower(phrase)) != folded_.end();
}

WordSet required_words(const RulePack& pack, const std::string& lexicon) {
    const Lexicon* found = pack.lexicon(lexicon);
    if (!found)
        throw UserError(Location{"rules/" + pack.name}, "the rule pack has no lexicon '" + lexicon +
                                                             "', which the engine needs: add it (see rules/README.md)");
    WordSet set;
    set.add_lexicon(*found);
    return set;
}

std::unordered_map<std::string, std::string> cue_classes(const RulePack& pack) {
    std::unordered_map<std::string, std::string> classes;
    for (const auto& [name, lexicon] : pack.lexicons) {
        if (name.rfind("speech-", 0) != 0 || lexicon.tag.empty()) continue;
        for (const auto& entry : lexicon.entries) classes.emplace(ascii_lower(entry), lexicon.tag);
    }
    return classes;
}

std::string required_fragment(const RulePack& pack, const std::string& name) {
    auto it = pack.fragments.find(name);
    if (it == pack.fragments.end())
        throw UserError(Location{"rules/" + pack.name}, "the rule pack has no fragment '" + name +
                                                             "', which the engine needs: add it (see rules/README.md)");
    return it->second;
}

}  // namespace claimcheck
