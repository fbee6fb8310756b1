#include "rules/inflect.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimcheck::rules {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_vowel(char c) {
    const char l = lower(c);
    return l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u';
}
bool is_consonant(char c) { return is_letter(c) && !is_vowel(c); }

bool ends_with(std::string_view word, std::string_view suffix) {
    if (word.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (lower(word[word.size() - suffix.size() + i]) != suffix[i]) return false;
    return true;
}

bool equals_lower(std::string_view word, std::string_view other) {
    return word.size() == other.size() && ends_with(word, other);
}

std::string trim(std::string_view text) {
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = text.find(separator, begin);
        parts.push_back(trim(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin)));
        if (end == std::string_view::npos) return parts;
        begin = end + 1;
    }
}

// Syllables, roughly: runs of vowels ("y" after a consonant counts as one).
int vowel_groups(std::string_view word) {
    int groups = 0;
    bool in_group = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const bool vowel = is_vowel(word[i]) || (lower(word[i]) == 'y' && i > 0 && is_consonant(word[i - 1]));
        if (vowel && !in_group) ++groups;
        in_group = vowel;
    }
    return groups;
}

// Two-syllable verbs stressed on the last syllable double their final consonant like one-syllable
// ones (admit → admitted, prefer → preferred); without a pronouncing dictionary we recognise the
// common endings. Anything missed can be written out: "visit|visited".
bool stressed_final_syllable(std::string_view word) {
    static constexpr std::array<std::string_view, 8> endings = {"mit", "fer", "cur", "pel", "trol", "gret", "but", "quip"};
    static constexpr std::array<std::string_view, 6> unstressed = {"limit", "vomit", "offer", "suffer", "differ", "proffer"};
    static constexpr std::array<std::string_view, 8> words = {"deter", "excel", "rebel", "abet", "allot", "outwit", "befit", "unzip"};
    for (std::string_view w : words)
        if (equals_lower(word, w)) return true;
    for (std::string_view w : unstressed)
        if (ends_with(word, w)) return false;
    return std::any_of(endings.begin(), endings.end(), [&](std::string_view e) { return ends_with(word, e); });
}

enum class Doubling {
    No,
    Yes,       // stop → stopped
    BritishL,  // travel → travelled (British), traveled (American): both are produced
};

Doubling final_consonant_doubling(std::string_view word) {
    const std::size_t n = word.size();
    if (n < 3) return Doubling::No;
    const char last = lower(word[n - 1]);
    if (!is_consonant(last) || last == 'w' || last == 'x' || last == 'y') return Doubling::No;
    if (!is_vowel(word[n - 2])) return Doubling::No;
    const bool qu = n >= 4 && lower(word[n - 3]) == 'u' && lower(word[n - 4]) == 'q';  // "quip": u is not a vowel
    if (!is_consonant(word[n - 3]) && !qu) return Doubling::No;
    if (vowel_groups(word) - (qu ? 1 : 0) <= 1 || stressed_final_syllable(word)) return Doubling::Yes;
    if (last == 'l') return Doubling::BritishL;
    return Doubling::No;
}

bool ends_consonant_y(std::string_view word) {
    return word.size() >= 2 && lower(word.back()) == 'y' && is_consonant(word[word.size() - 2]);
}

// panic → panicked, panicking
bool needs_k(std::string_view word) { return ends_with(word, "ic") && vowel_groups(word) >= 2; }

std::string third_person(const std::string& word) {
    if (equals_lower(word, "have")) return word.substr(0, 2) + "s";
    if (equals_lower(word, "be")) return "is";
    if (ends_consonant_y(word)) return word.substr(0, word.size() - 1) + "ies";
    if (ends_with(word, "s") || ends_with(word, "x") || ends_with(word, "z") || ends_with(word, "ch") ||
        ends_with(word, "sh"))
        return word + "es";
    if (word.size() >= 2 && lower(word.back()) == 'o' && is_consonant(word[word.size() - 2])) return word + "es";
    return word + "s";
}

// Appends `suffix` ("ed" or "ing") after doubling the final consonant where spelling wants it.
std::vector<std::string> with_suffix(const std::string& word, const std::string& suffix) {
    switch (final_consonant_doubling(word)) {
        case Doubling::Yes: return {word + word.back() + suffix};
        case Doubling::BritishL: return {word + word.back() + suffix, word + suffix};
        case Doubling::No: break;
    }
    if (needs_k(word)) return {word + "k" + suffix};
    return {word + suffix};
}

std::vector<std::string> regular_past(const std::string& word) {
    if (ends_with(word, "e")) return {word + "d"};
    if (ends_consonant_y(word)) return {word.substr(0, word.size() - 1) + "ied"};
    return with_suffix(word, "ed");
}

std::vector<std::string> present_participle(const std::string& word) {
    if (ends_with(word, "ie")) return {word.substr(0, word.size() - 2) + "ying"};
    if (ends_with(word, "ee") || ends_with(word, "oe") || ends_with(word, "ye")) return {word + "ing"};
    if (ends_with(word, "e") && word.size() > 2) return {word.substr(0, word.size() - 1) + "ing"};
    return with_suffix(word, "ing");
}

void add_unique(std::vector<std::string>& forms, const std::string& form) {
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
}

}  // namespace

std::string verb_entry_problem(std::string_view entry) {
    const std::vector<std::string> parts = split(entry, '|');
    const std::string shape = "; write irregular verbs as base|past|participle (e.g. write|wrote|written)";
    if (parts.size() > 3)
        return "entry '" + std::string(entry) + "' has " + std::to_string(parts.size()) + " forms" + shape;
    for (const std::string& part : parts)
        if (part.empty()) return "entry '" + std::string(entry) + "' has an empty form" + shape;
    return "";
}

std::vector<std::string> verb_forms(std::string_view entry) {
    const std::vector<std::string> parts = split(entry, '|');
    // "point   out" → first word "point", tail " out" (white space normalised to one space).
    std::string first;
    std::string tail;
    for (const std::string& word : split(parts[0], ' ')) {
        if (word.empty()) continue;
        if (first.empty()) first = word;
        else tail += " " + word;
    }
    // A written-out form with its own tail ("spoke out") is taken as it is.
    const auto phrase = [&](const std::string& form) {
        return form.find(' ') == std::string::npos ? form + tail : form;
    };

    std::vector<std::string> forms;
    add_unique(forms, first + tail);
    add_unique(forms, third_person(first) + tail);
    if (parts.size() >= 2) {
        add_unique(forms, phrase(parts[1]));
        add_unique(forms, phrase(parts.size() == 3 ? parts[2] : parts[1]));
    } else {
        for (const std::string& past : regular_past(first)) add_unique(forms, past + tail);
    }
    for (const std::string& ing : present_participle(first)) add_unique(forms, ing + tail);
    return forms;
}

}  // namespace claimcheck::rules
