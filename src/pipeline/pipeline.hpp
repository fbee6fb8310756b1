// Runs the stages of DESIGN.md in order over one document:
// load ─► segment ─► attribute ─► resolve ─► claims ─► corroborate ─► check.
#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "analysis/analysis.hpp"
#include "common/limits.hpp"
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

class Segmenter;
class Attributor;
class Resolver;
class ClaimFinder;
class Corroborator;
class CheckLookups;

// The stages built from one pack, each callable on its own (benchmarks time them one by one).
struct PipelineStages {
    explicit PipelineStages(const RulePack& pack);
    ~PipelineStages();
    std::unique_ptr<Segmenter> segmenter;
    std::unique_ptr<Attributor> attributor;
    std::unique_ptr<Resolver> resolver;
    std::unique_ptr<ClaimFinder> claims;
    std::unique_ptr<Corroborator> corroborator;
    std::unique_ptr<CheckLookups> check_lookups;
    // check_lookups->prepare(), running on a second thread; declared last, so that it is waited
    // for before the stages it reads are destroyed.
    std::future<void> check_lookups_prepared;
};

// Seconds spent in each stage, summed over the documents checked with them.
struct StageTimes {
    double segment = 0, attribute = 0, resolve = 0, claims = 0, corroborate = 0, checks = 0;
};

// Holds a compiled rule pack and every stage built from it; build one per process and share it
// between threads (check() is const).
class Engine {
public:
    // Throws UserError when the pack names a check the engine does not implement or lacks a
    // lexicon or fragment the engine reads. A sentence of more than `max_sentence_length`
    // characters is not analysed; it becomes one of the document's problems (an error).
    explicit Engine(RulePack pack, std::size_t max_sentence_length = kDefaultMaxSentenceLength);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    CheckedDocument check(Document doc) const;
    // The same, adding the time of each stage to `times` (for `make bench`).
    CheckedDocument check(Document doc, StageTimes& times) const;
    const RulePack& pack() const { return pack_; }
    const PipelineStages& stages() const { return *stages_; }

private:
    template <typename Clock>
    CheckedDocument run(Document doc, Clock&& clock) const;

    RulePack pack_;
    std::size_t max_sentence_length_;
    std::unique_ptr<PipelineStages> stages_;
};

}  // namespace claimcheck
