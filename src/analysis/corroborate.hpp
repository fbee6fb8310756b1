// The corroborate stage: a claim's support is the set of independent sides whose attributions
// carry it: in its own sentence, carried from the previous one, or in another sentence that says
// the same thing (shared content words).
#pragma once

#include "analysis/analysis.hpp"
#include "analysis/lexicon_index.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

// The distinct content words of a text, lower-cased and lightly stemmed ("rises", "rising" →
// "ris"), without `stop_words`; sorted. Shared by corroboration and the headline check.
std::vector<std::string> content_words(std::string_view text, const WordSet& stop_words);

class Corroborator {
public:
    explicit Corroborator(const RulePack& pack);
    void corroborate(const Document& doc, const Segmented& seg, Analysis& analysis) const;

private:
    std::vector<std::string> reported_words(const Document& doc, Span span, const Analysis& analysis,
                                            const std::vector<int>& ids) const;
    WordSet stop_words_;
};

}  // namespace claimcheck
