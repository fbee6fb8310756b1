// The renderings of `claimcheck eval`: a compact text table for people and a JSON object for
// scripts (the CTest floors check reads it), both from the same EvalResult.
#pragma once

#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

#include "eval/evaluate.hpp"

namespace claimcheck {

inline constexpr int kEvalReportVersion = 1;

// Rows cue, source, content and link; columns P, R, F1 (percent) for exact and overlap
// matching; the counts; then the examples when `with_errors`.
void write_eval_text(std::ostream& out, const std::string& gold_path, const EvalResult& result, bool with_errors);

// {"version", "gold", "articles", "gold_attributions", "predicted_attributions",
//  "cue"|"source"|"content": {"exact": COUNTS, "overlap": COUNTS}, "link": COUNTS, "link_exact": COUNTS,
//  "errors": {"misses": [...], "false_alarms": [...]} (only `with_errors`)}
// where COUNTS is {"tp", "fp", "fn", "precision", "recall", "f1"}, the ratios between 0 and 1
// rounded to four decimals.
nlohmann::ordered_json eval_json(const std::string& gold_path, const EvalResult& result, bool with_errors);

}  // namespace claimcheck
