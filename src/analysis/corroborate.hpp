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

class Corroborator {
public:
    explicit Corroborator(const RulePack& pack);
    void corroborate(const Document& doc, const Segmented& seg, Analysis& analysis) const;

private:
    std::vector<std::string> content_words(std::string_view sentence) const;
    std::vector<std::string> reported_words(const Document& doc, Span span, const Analysis& analysis,
                                            const std::vector<int>& ids) const;
    WordSet stop_words_;
};

}  // namespace claimcheck
