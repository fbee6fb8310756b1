#include "text/abbreviations.hpp"

#include <algorithm>

#include "text/code_points.hpp"

namespace claimcheck::text {
namespace {

std::string with_final_dot(const std::string& abbreviation) {
    if (!abbreviation.empty() && abbreviation.back() == '.') return abbreviation;
    return abbreviation + '.';
}

bool has_capital(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const CodePoint c = code_point_at(word, i);
        if (is_upper(c.value)) return true;
        i += c.length;
    }
    return false;
}

// Characters an abbreviation is made of; anything else (space, bracket, quote mark, hyphen)
// ends the word, so "(Gen." and "Lt.-Gen." both end in the word "Gen.".
bool is_word_char(UChar32 c) { return c == '.' || is_alnum(c); }

// One capital and its dot ("M."), but not a Roman numeral that ends a sentence ("World War I.").
bool initial(std::string_view word) {
    return word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z' && word[0] != 'I' && word[0] != 'V' && word[0] != 'X';
}

}  // namespace

AbbreviationList::AbbreviationList(const std::vector<std::string>& abbreviations,
                                   const std::vector<std::string>& sentence_openers)
    : openers_(sentence_openers) {
    std::sort(openers_.begin(), openers_.end());
    for (const std::string& abbreviation : abbreviations) {
        if (abbreviation.empty() || abbreviation == ".") continue;
        std::string entry = with_final_dot(abbreviation);
        longest_ = std::max(longest_, entry.size());
        const bool lower_case = !has_capital(entry);
        sorted_.push_back({std::move(entry), lower_case});
    }
    std::sort(sorted_.begin(), sorted_.end());
    sorted_.erase(std::unique(sorted_.begin(), sorted_.end(),
                              [](const Entry& a, const Entry& b) { return a.text == b.text; }),
                  sorted_.end());
}

const AbbreviationList::Entry* AbbreviationList::find(std::string_view word) const {
    auto it = std::lower_bound(sorted_.begin(), sorted_.end(), word,
                               [](const Entry& entry, std::string_view key) { return entry.text < key; });
    return it != sorted_.end() && it->text == word ? &*it : nullptr;
}

bool AbbreviationList::holds_break(std::string_view text, std::size_t boundary) const {
    if (sorted_.empty() || boundary > text.size()) return false;
    std::size_t end = boundary;
    while (end > 0) {
        const CodePoint c = code_point_before(text, end);
        if (!is_space(c.value)) break;
        end -= c.length;
    }
    if (end == 0 || text[end - 1] != '.') return false;

    // Walk back over the word, never further than the longest entry: the cost per break stays
    // constant even in a megabyte without spaces.
    std::size_t start = end;
    while (start > 0) {
        const CodePoint c = code_point_before(text, start);
        if (!is_word_char(c.value)) break;
        if (end - (start - c.length) > longest_) return false;
        start -= c.length;
    }
    const std::string_view word = text.substr(start, end - start);
    if ((middle_initial(text, start, word) || first_initial(text, start, word, boundary)) && !opens_sentence(text, boundary))
        return true;
    const Entry* entry = find(word);
    if (entry == nullptr) return false;
    if (entry->lower_case && is_upper(code_point_at(text, boundary).value)) return false;
    const bool inner_dot = entry->text.find('.') + 1 < entry->text.size();
    return !(inner_dot && opens_sentence(text, boundary));
}

// A single capital after a capitalised name ("Jeffrey M. Jones") is a middle initial, not a
// sentence end; a Roman numeral ("World War I.") or a letter after a lower-case word ("plan B.")
// is not one.
bool AbbreviationList::middle_initial(std::string_view text, std::size_t start, std::string_view word) {
    if (!initial(word)) return false;
    std::size_t before = start;
    if (before == 0 || !is_space(code_point_before(text, before).value)) return false;
    before -= code_point_before(text, before).length;
    std::size_t name = before;
    while (name > 0 && is_word_char(code_point_before(text, name).value)) name -= code_point_before(text, name).length;
    return name < before && is_upper(code_point_at(text, name).value);
}

// A single capital after punctuation or at the start, before two capitalised words, is a first
// initial ("…," J. Gerald Hebert said), not a sentence end.
bool AbbreviationList::first_initial(std::string_view text, std::size_t start, std::string_view word, std::size_t boundary) {
    if (!initial(word)) return false;
    if (start > 0) {
        std::size_t before = start;
        if (!is_space(code_point_before(text, before).value)) return false;
        before -= code_point_before(text, before).length;
        if (before > 0 && is_alnum(code_point_before(text, before).value)) return false;
    }
    auto capitalised_word_end = [&](std::size_t at) -> std::size_t {
        if (at >= text.size() || !is_upper(code_point_at(text, at).value)) return 0;
        while (at < text.size() && is_alnum(code_point_at(text, at).value)) at += code_point_at(text, at).length;
        return at;
    };
    const std::size_t first = capitalised_word_end(boundary);
    if (first == 0 || first >= text.size() || text[first] != ' ') return false;
    return capitalised_word_end(first + 1) != 0;
}

// The word at `at` is one of the sentence openers.
bool AbbreviationList::opens_sentence(std::string_view text, std::size_t at) const {
    std::size_t end = at;
    while (end < text.size() && is_alnum(code_point_at(text, end).value)) end += code_point_at(text, end).length;
    return std::binary_search(openers_.begin(), openers_.end(), text.substr(at, end - at),
                              [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace claimcheck::text
