// The find-claims stage: which sentences assert something check-worthy (STANDARDS.md §4), and
// which attributions carry each of them.
#pragma once

#include <memory>
#include <vector>

#include <re2/re2.h>

#include "analysis/analysis.hpp"
#include "analysis/lexicon_index.hpp"
#include "common/span_index.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

class ClaimFinder {
public:
    explicit ClaimFinder(const RulePack& pack);
    ~ClaimFinder();

    // Fills analysis.claims (with their own and carried attributions), analysis.replies and
    // analysis.first_person.
    void find(const Document& doc, const Segmented& seg, Analysis& analysis) const;

private:
    bool analysable(const Sentence& sentence) const;
    std::vector<std::size_t> lede_sentences(const Segmented& seg) const;
    // Attribution indices by sentence, in order.
    using AttributionsBySentence = std::vector<std::vector<int>>;
    void attach(const Document& doc, const Segmented& seg, const Analysis& analysis,
                const AttributionsBySentence& by_sentence, Claim& claim) const;
    bool writer_speaks(const Document& doc, const Segmented& seg, const Analysis& analysis,
                       const SpanIndex& quoted, const std::vector<int>& attributions,
                       std::size_t sentence) const;

    const RulePack& pack_;
    std::unique_ptr<RE2> reply_re_;
    std::unique_ptr<RE2> first_person_re_;
    WordSet carry_openers_;
};

}  // namespace claimcheck
