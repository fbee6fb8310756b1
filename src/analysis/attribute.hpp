// The attribute stage: rule-pack patterns find who says what in each sentence.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analysis.hpp"
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
    void keep_best(std::vector<Candidate>& candidates, const std::vector<Quote>& quotes,
                   std::vector<Attribution>& out) const;
    Span trim_source(std::string_view text, Span source) const;
    bool holds_reporting_verb(std::string_view source) const;
    void refine_form(Attribution& attribution, const Sentence& sentence,
                     const std::vector<Quote>& quotes) const;
    void add_continuations(std::string_view text, const Segmented& seg,
                           std::vector<Attribution>& attributions) const;
    void link_relays(std::vector<Attribution>& attributions) const;

    const RulePack& pack_;
    WordSet strip_words_;
    WordSet source_heads_;
    WordSet auxiliaries_;
    std::unordered_map<std::string, std::string> cue_classes_;
};

}  // namespace claimcheck
