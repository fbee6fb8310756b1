#include "analysis/corroborate.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>
#include <utility>

namespace claimcheck {

Corroborator::Corroborator(const RulePack& pack) : stop_words_(required_words(pack, "stop-words")) {}

namespace {

// No ordinary story has a content word in this many sentences with a source.
constexpr std::size_t kMaxSentencesPerWord = 200;

// A light stemmer: enough for "rise"/"rises"/"rising" and "closure"/"closures" to meet.
std::string stem(std::string word) {
    for (const char* suffix : {"ing", "ed", "es", "s"}) {
        std::string_view s(suffix);
        if (word.size() > s.size() + 3 && word.ends_with(s)) return word.substr(0, word.size() - s.size());
    }
    if (word.size() > 4 && word.ends_with("e")) return word.substr(0, word.size() - 1);
    return word;
}

bool word_char(unsigned char c) { return std::isalnum(c) || c == '-' || c >= 0x80; }

}  // namespace

std::vector<std::string> content_words(std::string_view sentence, const WordSet& stop_words) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < sentence.size()) {
        while (i < sentence.size() && !word_char(static_cast<unsigned char>(sentence[i]))) ++i;
        std::size_t start = i;
        while (i < sentence.size() && word_char(static_cast<unsigned char>(sentence[i]))) ++i;
        if (i == start) continue;
        std::string word = ascii_lower(sentence.substr(start, i - start));
        if (word.size() < 2 || stop_words.contains(word)) continue;
        words.push_back(stem(std::move(word)));
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// The content words of what the attributions `ids` report, or of `span` when they report nothing.
std::vector<std::string> Corroborator::reported_words(const Document& doc, Span span, const Analysis& analysis,
                                                      const std::vector<int>& ids) const {
    std::string reported;
    for (const int id : ids)
        for (const Span& piece : analysis.attributions[static_cast<std::size_t>(id)].content) {
            reported += piece.in(doc.text);
            reported += ' ';
        }
    return content_words(reported.empty() ? span.in(doc.text) : std::string_view(reported), stop_words_);
}

void Corroborator::corroborate(const Document& doc, const Segmented& seg, Analysis& analysis) const {
    // Sentences with sourced attributions, indexed by content word, so that finding the sentences
    // that repeat a claim costs what their shared words cost, never claims × sentences.
    std::unordered_map<std::string, std::vector<std::size_t>> index;
    std::unordered_map<std::size_t, std::size_t> sizes;
    std::unordered_map<std::size_t, std::vector<int>> attributions_in;
    for (std::size_t i = 0; i < analysis.attributions.size(); ++i) {
        const Attribution& attribution = analysis.attributions[i];
        if (attribution.entity < 0) continue;
        attributions_in[attribution.sentence].push_back(static_cast<int>(i));
    }
    // What each sourced sentence reports, by content word (the speaker and the verb are not
    // what is reported: "Ruiz said fares will rise" and "Lee said fares will rise" say one thing).
    for (const auto& [sentence, ids] : attributions_in) {
        const auto words = reported_words(doc, seg.sentences[sentence].span, analysis, ids);
        sizes[sentence] = words.size();
        for (const auto& word : words) index[word].push_back(sentence);
    }
    // Shared-word counts per sentence, reset after each claim through the list of those touched.
    std::vector<std::size_t> shared(seg.sentences.size(), 0);
    std::vector<std::size_t> touched;
    for (auto& claim : analysis.claims) {
        std::set<int> attributions(claim.attributions.begin(), claim.attributions.end());
        const auto words = reported_words(doc, claim.span, analysis, claim.attributions);
        for (const auto& word : words) {
            auto it = index.find(word);
            // A word in very many sourced sentences of one story says nothing about which of
            // them repeats this claim, and counting it would make a book-length story quadratic.
            if (it == index.end() || it->second.size() > kMaxSentencesPerWord) continue;
            for (std::size_t sentence : it->second)
                if (shared[sentence]++ == 0) touched.push_back(sentence);
        }
        std::sort(touched.begin(), touched.end());
        for (const std::size_t sentence : touched) {
            const std::size_t count = std::exchange(shared[sentence], 0);
            if (sentence == claim.sentence) continue;
            std::size_t smaller = std::min(words.size(), sizes[sentence]);
            // Same claim: at least three shared content words covering 60% of the shorter one.
            if (count >= 3 && smaller > 0 && count * 10 >= smaller * 6)
                for (int id : attributions_in[sentence]) attributions.insert(id);
        }
        touched.clear();
        std::set<std::string> sides;
        claim.support.clear();
        for (int id : attributions) {
            const Attribution& attribution = analysis.attributions[static_cast<std::size_t>(id)];
            if (attribution.entity < 0) continue;
            const Entity& entity = analysis.entities[static_cast<std::size_t>(attribution.entity)];
            if (sides.insert(entity.side).second) claim.support.push_back(attribution.entity);
        }
        claim.attributions.assign(attributions.begin(), attributions.end());
        claim.reply_recorded = !analysis.replies.empty();
    }
}

}  // namespace claimcheck
