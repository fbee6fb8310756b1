#include "pipeline/pipeline.hpp"

#include "analysis/attribute.hpp"
#include "analysis/claims.hpp"
#include "analysis/corroborate.hpp"
#include "analysis/resolve.hpp"
#include "checks/check.hpp"
#include "checks/suppressions.hpp"

#include <chrono>

namespace claimcheck {

namespace {

SegmentOptions segment_options(const RulePack& pack) {
    SegmentOptions options;
    options.abbreviations = pack.abbreviations;
    options.sentence_openers = pack.sentence_openers;
    for (std::size_t i = 0; i < pack.block_roles.size(); ++i) {
        const auto& [kind, regex] = pack.block_roles[i];
        options.block_roles.push_back(BlockRolePattern{kind, regex, pack.block_role_regexes[i]});
    }
    return options;
}

void require_known_checks(const RulePack& pack) {
    const auto& registry = check_registry();
    for (const auto& check : pack.checks)
        if (!registry.count(check.id))
            throw UserError(check.where, "check '" + check.id +
                                             "' is not implemented by this version of claimcheck: use one of the ids listed by `claimcheck rules list`");
}

}  // namespace

PipelineStages::PipelineStages(const RulePack& pack)
    : segmenter(std::make_unique<Segmenter>(segment_options(pack))),
      attributor(std::make_unique<Attributor>(pack)),
      resolver(std::make_unique<Resolver>(pack)),
      claims(std::make_unique<ClaimFinder>(pack)),
      corroborator(std::make_unique<Corroborator>(pack)) {}

PipelineStages::~PipelineStages() = default;

Engine::Engine(RulePack pack) : pack_(std::move(pack)) {
    require_known_checks(pack_);
    stages_ = std::make_unique<PipelineStages>(pack_);
}

Engine::~Engine() = default;

// `clock(seconds_of_stage)` is called after each stage with where to add its time, or ignores it.
template <typename Clock>
CheckedDocument Engine::run(Document doc, Clock&& clock) const {
    CheckedDocument result;
    result.doc = std::move(doc);
    result.seg = stages_->segmenter->segment(result.doc);
    clock(&StageTimes::segment);
    result.analysis.attributions = stages_->attributor->find(result.doc, result.seg);
    clock(&StageTimes::attribute);
    stages_->resolver->resolve(result.doc, result.seg, result.analysis);
    clock(&StageTimes::resolve);
    stages_->claims->find(result.doc, result.seg, result.analysis);
    clock(&StageTimes::claims);
    stages_->corroborator->corroborate(result.doc, result.seg, result.analysis);
    clock(&StageTimes::corroborate);
    result.findings = run_checks(CheckContext{result.doc, result.seg, result.analysis}, pack_);
    apply_suppressions(result.doc, result.seg, pack_, result.findings);
    clock(&StageTimes::checks);
    return result;
}

CheckedDocument Engine::check(Document doc) const {
    return run(std::move(doc), [](double StageTimes::*) {});
}

CheckedDocument Engine::check(Document doc, StageTimes& times) const {
    auto last = std::chrono::steady_clock::now();
    return run(std::move(doc), [&](double StageTimes::*stage) {
        const auto now = std::chrono::steady_clock::now();
        times.*stage += std::chrono::duration<double>(now - last).count();
        last = now;
    });
}

}  // namespace claimcheck
