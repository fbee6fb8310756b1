// Runs the stages of DESIGN.md in order over one document:
// load ─► segment ─► attribute ─► resolve ─► claims ─► corroborate ─► check.
#pragma once

#include <string>
#include <vector>

#include "analysis/analysis.hpp"
#include "checks/finding.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

struct CheckedDocument {
    Document doc;
    Segmented seg;
    Analysis analysis;
    std::vector<Finding> findings;  // sorted by position, then rule id
};

