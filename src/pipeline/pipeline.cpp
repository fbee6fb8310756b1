#include "pipeline/pipeline.hpp"

#include "analysis/attribute.hpp"
#include "analysis/claims.hpp"
#include "analysis/corroborate.hpp"
#include "analysis/resolve.hpp"
#include "checks/check.hpp"
#include "checks/suppressions.hpp"

namespace claimcheck {

namespace {

SegmentOptions segment_options(const RulePack& pack) {
    SegmentOptions options;
    options.abbreviations = pack.abbreviations;
    options.sentence_openers = pack.sentence_openers;
    for (const auto& [kind, regex] : pack.block_roles) options.block_roles.push_back(BlockRolePattern{kind, regex});
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

struct Engine::Stages {
    explicit Stages(const RulePack& pack)
        : segmenter(segment_options(pack)), attributor(pack), resolver(pack), claims(pack), corroborator(pack) {}
    Segmenter segmenter;
    Attributor attributor;
    Resolver resolver;
    ClaimFinder claims;
    Corroborator corroborator;
};

Engine::Engine(RulePack pack) : pack_(std::move(pack)) {
    require_known_checks(pack_);
    stages_ = std::make_unique<Stages>(pack_);
}

Engine::~Engine() = default;

CheckedDocument Engine::check(Document doc) const {
    CheckedDocument result;
    result.doc = std::move(doc);
    result.seg = stages_->segmenter.segment(result.doc);
    result.analysis.attributions = stages_->attributor.find(result.doc, result.seg);
    stages_->resolver.resolve(result.doc, result.seg, result.analysis);
    stages_->claims.find(result.doc, result.seg, result.analysis);
    stages_->corroborator.corroborate(result.doc, result.seg, result.analysis);
    result.findings = run_checks(CheckContext{result.doc, result.seg, result.analysis}, pack_);
    apply_suppressions(result.doc, result.seg, pack_, result.findings);
    return result;
}

}  // namespace claimcheck
