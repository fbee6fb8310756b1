// Runs the stages of DESIGN.md in order over one document:
// load ─► segment ─► attribute ─► resolve ─► claims ─► corroborate ─► check.
#pragma once

#include <memory>
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

// Holds a compiled rule pack and every stage built from it; build one per process and share it
// between threads (check() is const).
class Engine {
public:
    // Throws UserError when the pack names a check the engine does not implement or lacks a
    // lexicon or fragment the engine reads.
    explicit Engine(RulePack pack);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    CheckedDocument check(Document doc) const;
    const RulePack& pack() const { return pack_; }

private:
    struct Stages;
    RulePack pack_;
    std::unique_ptr<Stages> stages_;
};

}  // namespace claimcheck
