// The attribute stage: rule-pack patterns find who says what in each sentence.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analysis.hpp"
#include "analysis/frames.hpp"
#include "analysis/lexicon_index.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

class Attributor {
public:
    explicit Attributor(const RulePack& pack);

    // Attributions in text order. Sources are spans only; resolve() links them to entities.
    std::vector<Attribution> find(const Document& doc, const Segmented& seg) const;

private:
    struct Candidate;
    void match_sentence(std::string_view text, const Sentence& sentence, std::size_t index,
                        std::vector<Candidate>& out) const;
    using SentenceQuotes = std::vector<std::vector<Quote>>;  // per sentence, the quotations over it
    std::optional<Span> quote_ending_before(const Segmented& seg, std::size_t index, const SentenceQuotes& quotes) const;
    std::optional<Span> paragraph_after(const Segmented& seg, std::size_t index) const;
    void match_frames(std::string_view text, const Segmented& seg, std::size_t index, const SentenceQuotes& quotes,
                      std::vector<Candidate>& out) const;
    void keep_best(std::vector<Candidate>& candidates, const std::vector<Quote>& quotes,
                   std::vector<Attribution>& out) const;
    Span trim_source(std::string_view text, Span source) const;
    Span with_apposition(std::string_view text, Span source, Span cue) const;
    bool holds_reporting_verb(std::string_view source) const;
    bool plausible_source(std::string_view source) const;
    bool plausible_cue(std::string_view sentence, std::size_t cue_start, std::string_view cue,
                       const std::vector<Span>& replies) const;
    std::vector<Span> reply_spans(std::string_view sentence) const;
    static bool says_something(std::string_view text, const FrameMatch& match);
    static std::vector<Span> spans_of(const RE2& re, std::string_view sentence);
    void refine_form(Attribution& attribution, const Sentence& sentence,
                     const std::vector<Quote>& quotes) const;
    void add_continuations(std::string_view text, const Segmented& seg, const SentenceQuotes& quotes,
                           std::vector<Attribution>& attributions) const;
    void link_relays(std::vector<Attribution>& attributions) const;

    const RulePack& pack_;
    WordSet strip_words_;
    WordSet interjections_;  // "in Kentucky", "meanwhile": set off, yet no part of the source
    WordSet source_heads_;
    WordSet postmodifiers_;  // words that end a source's head ("officials in Seoul")
    WordSet auxiliaries_;
    WordSet be_forms_;
    std::unique_ptr<RE2> reply_re_;
    std::unique_ptr<RE2> anonymity_re_;
    std::unordered_map<std::string, std::string> cue_classes_;
    FrameFinder frames_;
};

}  // namespace claimcheck
