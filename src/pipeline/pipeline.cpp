#include "pipeline/pipeline.hpp"

#include "analysis/attribute.hpp"
#include "analysis/claims.hpp"
#include "analysis/corroborate.hpp"
#include "analysis/resolve.hpp"
#include "checks/check.hpp"
#include "checks/suppressions.hpp"
#include "common/second_thread.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>

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

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Leaves the sentences longer than `max_length` characters out of the analysis, each reported as
// one of the document's problems: the analysis of a sentence grows faster than its length, and
// a sentence is never dropped unsaid.
void set_aside_long_sentences(Document& doc, Segmented& seg, std::size_t max_length) {
    std::erase_if(seg.sentences, [&](const Sentence& sentence) {
        if (sentence.span.size() <= max_length) return false;  // no more characters than bytes
        const std::size_t length = code_points(sentence.span.in(doc.text));
        if (length <= max_length) return false;
        const Position at = doc.map.position(sentence.span.start);
        doc.problems.emplace_back(Location{doc.path, at.line, at.column},
                                  "sentence of " + std::to_string(length) + " characters, more than the limit of " +
                                      std::to_string(max_length) + ", was not checked: split it, or raise " +
                                      kRaiseMaxSentenceLength);
        return true;
    });
}

}  // namespace

// The resolver and the attributor compile regexes of their own: they are built side by side,
// which shortens start-up on more than one core. The checks' regexes then compile while the first
// draft is analysed.
PipelineStages::PipelineStages(const RulePack& pack) {
    auto resolver_stage = start_on_second_thread([&pack] { return std::make_unique<Resolver>(pack); });
    auto attributor_stage = start_on_second_thread([&pack] { return std::make_unique<Attributor>(pack); });
    segmenter = std::make_unique<Segmenter>(segment_options(pack));
    claims = std::make_unique<ClaimFinder>(pack);
    corroborator = std::make_unique<Corroborator>(pack);
    check_lookups = std::make_unique<CheckLookups>(pack);
    attributor = attributor_stage.get();
    resolver = resolver_stage.get();
    check_lookups_prepared = start_on_second_thread([lookups = check_lookups.get()] { lookups->prepare(); });
}

PipelineStages::~PipelineStages() = default;

Engine::Engine(RulePack pack, std::size_t max_sentence_length)
    : pack_(std::move(pack)), max_sentence_length_(max_sentence_length) {
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
    set_aside_long_sentences(result.doc, result.seg, max_sentence_length_);
    clock(&StageTimes::segment);
    result.analysis.attributions = stages_->attributor->find(result.doc, result.seg);
    clock(&StageTimes::attribute);
    stages_->resolver->resolve(result.doc, result.seg, result.analysis);
    clock(&StageTimes::resolve);
    stages_->claims->find(result.doc, result.seg, result.analysis);
    clock(&StageTimes::claims);
    stages_->corroborator->corroborate(result.doc, result.seg, result.analysis);
    clock(&StageTimes::corroborate);
    result.findings = run_checks(CheckContext{result.doc, result.seg, result.analysis}, pack_, *stages_->check_lookups);
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
