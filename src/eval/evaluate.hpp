// `claimcheck eval`: runs the engine over every article of a gold corpus, exactly as `check`
// would over a plain-text draft, and scores its attributions against the annotations.
#pragma once

#include <cstddef>
#include <vector>

#include "eval/claim_flags.hpp"
#include "eval/error_examples.hpp"
#include "eval/gold.hpp"
#include "eval/score.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

struct EvalResult {
    Scores scores;         // micro-averaged: the counts of every article added up
    ErrorExamples errors;  // the first `max_errors` misses and false alarms, in corpus order
    ClaimFlagCounts claim_flags;       // unattributed-claim findings, over every article
    std::size_t unannotated = 0;       // articles with no "attributions": flag rate only
};

EvalResult evaluate(const Engine& engine, const std::vector<GoldArticle>& articles, std::size_t max_errors);

}  // namespace claimcheck
