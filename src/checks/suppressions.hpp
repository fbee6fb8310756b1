// Inline suppressions in a draft's HTML comments (Markdown and HTML):
//   <!-- claimcheck-disable-next-line ID [ID…] -->  the findings of ID on the next line with text
//   <!-- claimcheck-disable ID [ID…] -->           the findings of ID from here …
//   <!-- claimcheck-enable ID [ID…] -->            … to here (or to the end of the file)
// Every directive names at least one check id of the pack. The stage reports its own findings:
// `invalid-suppression` (error) for a directive with no id, an id the pack does not have, an
// unknown claimcheck- directive or an enable with no disable before it; `unused-suppression`
// (info) for an id that silenced nothing. Both point at the text right after the comment (a
// comment is not in the analysed text) and name the comment's own line and column.
#pragma once

#include <vector>

#include "checks/finding.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

inline constexpr const char* kInvalidSuppression = "invalid-suppression";
inline constexpr const char* kUnusedSuppression = "unused-suppression";

// Drops the suppressed findings and adds the stage's own; `findings` stays sorted by position,
// then rule id.
void apply_suppressions(const Document& doc, const Segmented& seg, const RulePack& pack, std::vector<Finding>& findings);

}  // namespace claimcheck
