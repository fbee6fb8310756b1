// How far the `unattributed-claim` check can be trusted on an annotated corpus: of the sentences
// it flags, how many hold (part of) what a gold attribution reports (those were attributed, so
// the flag is wrong), and how often it flags at all (per 1,000 words, on any news text).
#pragma once

#include <cstddef>

#include "eval/gold.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

struct ClaimFlagCounts {
    std::size_t flags = 0;             // unattributed-claim findings, in every article
    std::size_t words = 0;             // words of every article
    std::size_t annotated_flags = 0;   // findings in annotated articles
    std::size_t in_gold_content = 0;   // ... whose sentence overlaps a gold attribution's content
    // ... whose sentence lies half or more inside gold content. PolNeAR annotates any stance, so
    // a flag on a statistic often touches a one-word content ("which", "Security") of some other
    // predicate; a sentence mostly inside content is one whose claim was attributed.
    std::size_t mostly_in_gold_content = 0;

    ClaimFlagCounts& operator+=(const ClaimFlagCounts& other);
    double per_thousand_words() const;
    double gold_content_rate() const;  // in_gold_content / annotated_flags, 0 when none
    double mostly_in_gold_content_rate() const;  // mostly_in_gold_content / annotated_flags
};

ClaimFlagCounts count_claim_flags(const GoldArticle& article, const CheckedDocument& checked);

}  // namespace claimcheck
