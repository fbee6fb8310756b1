#include "rules/expand.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck::rules {

namespace {

// A regex that grows past this through nested fragments is a mistake (or an attack on the
// loader: "{{a}}{{a}}" nested ten deep); stop before it costs memory and time.
constexpr std::size_t max_expanded_size = 1 << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool has_capital(const std::string& text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && (u_isupper(c) || u_istitle(c))) return true;
    }
    return false;
}

std::vector<std::string> words_of(const std::string& entry) {
    std::vector<std::string> words;
    std::string word;
    for (char c : entry) {
        if (!is_space(c)) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

std::string entry_regex(const std::string& entry) {
    std::string quoted;
    for (const std::string& word : words_of(entry)) {
        if (!quoted.empty()) quoted += "\\s+";
        quoted += RE2::QuoteMeta(word);
    }
    return has_capital(entry) ? quoted : "(?i:" + quoted + ")";
}

// Text between "{{" and "}}" that is meant as a name (possibly a misspelt one), as opposed to
// braces that belong to the regex.
bool looks_like_name(std::string_view inner) {
    if (inner.empty() || inner.size() > 64) return false;
    return std::all_of(inner.begin(), inner.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == ' ' || c == '.';
    });
}

std::string trim_spaces(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return std::string(text);
}

}  // namespace

std::string lexicon_regex(const std::vector<std::string>& entries) {
    std::vector<std::string> sorted;
    for (const std::string& entry : entries)
        if (std::find(sorted.begin(), sorted.end(), entry) == sorted.end()) sorted.push_back(entry);
    std::stable_sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string out = "(?:";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i > 0) out += '|';
        out += entry_regex(sorted[i]);
    }
    return out + ")";
}

Expander::Expander(const std::map<std::string, Lexicon>& lexicons, const std::map<std::string, FragmentSource>& fragments)
    : lexicons_(lexicons), fragments_(fragments) {}

std::string Expander::expand(const std::string& regex, const std::string& owner, const Location& where,
                             std::set<std::string>* used_fragments) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const std::size_t open = regex.find("{{", pos);
        const std::size_t close = open == std::string::npos ? open : regex.find("}}", open + 2);
        if (close == std::string::npos) break;
        const std::string_view inner = std::string_view(regex).substr(open + 2, close - open - 2);
        if (!looks_like_name(inner)) {
            out.append(regex, pos, open + 2 - pos);
            pos = open + 2;
            continue;
        }
        out.append(regex, pos, open - pos);
        const std::string name = trim_spaces(inner);
        if (const auto lexicon = lexicons_.find(name); lexicon != lexicons_.end()) {
            auto [cached, fresh] = lexicon_cache_.try_emplace(name);
            if (fresh) cached->second = lexicon_regex(lexicon->second.entries);
            out += cached->second;
        } else if (fragments_.count(name) != 0) {
            out += "(?:" + fragment(name) + ")";
            if (used_fragments != nullptr) used_fragments->insert(name);
        } else {
            throw UserError(where, owner + ": undefined name {{" + name + "}}: no lexicon or fragment is called '" +
                                       name + "'");
        }
        if (out.size() > max_expanded_size)
            throw UserError(where, owner + ": the regex grows beyond " + std::to_string(max_expanded_size) +
                                       " bytes when its {{names}} are expanded; use fewer or smaller lexicons");
        pos = close + 2;
    }
    out.append(regex, pos);
    return out;
}

const std::string& Expander::fragment(const std::string& name) {
    if (const auto cached = fragment_cache_.find(name); cached != fragment_cache_.end()) return cached->second;
    const FragmentSource& source = fragments_.at(name);
    if (const auto open = std::find(in_progress_.begin(), in_progress_.end(), name); open != in_progress_.end()) {
        std::string cycle;
        for (auto it = open; it != in_progress_.end(); ++it) cycle += *it + " -> ";
        throw UserError(source.where, "fragments refer to each other in a cycle: " + cycle + name);
    }
    in_progress_.push_back(name);
    std::set<std::string> uses;
    std::string text = expand(source.regex, "fragment '" + name + "'", source.where, &uses);
    in_progress_.pop_back();
    fragment_uses_[name] = std::move(uses);
    return fragment_cache_[name] = std::move(text);
}

}  // namespace claimcheck::rules
