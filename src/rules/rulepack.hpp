// A compiled rule pack: the knowledge claimcheck applies (lexicons, attribution patterns, claim
// triggers, source vocabulary, structure patterns, checks with their examples, attribution
// examples for the whole engine). Loaded from YAML files (rules/en/ is embedded in the binary),
// validated, and compiled once.
#pragma once

#include <map>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "common/error.hpp"
#include "document/document.hpp"

namespace claimcheck {

namespace rules {
struct PackExtension;
}

enum class Severity { Info = 0, Warning = 1, Error = 2 };
const char* severity_name(Severity severity);
std::optional<Severity> parse_severity(const std::string& name);

// A named word list. Entries are literal phrases; `inflect: verb` expands each entry into its
// verb forms (say → say, says, said, saying; irregular forms given as "say|said|said").
struct Lexicon {
    std::string name;
    std::string doc;
    std::string tag;                   // free label used by the engine, e.g. a connotation class
    std::vector<std::string> entries;  // expanded, lower-case unless written with capitals
    Location where;
};

// An attribution pattern. Named groups: `source`, `cue`, `content` (content may repeat as
// `content2`); groups are optional except `cue`.
struct PatternExample {
    std::string text;
    std::map<std::string, std::string> expect;  // group name → expected captured text
    Location where;
};

// A pattern's regex compiled, and the capture indices (1-based, or -1) of its named groups.
struct CompiledPattern {
    std::unique_ptr<RE2> re;
    int source_group = -1, cue_group = -1;
    std::vector<int> content_groups;  // content, content2, … in that order
};

// Compiles a pattern's expanded regex the first time it is asked for, once, whichever thread asks
// first. A pattern is a few milliseconds of RE2 compilation, and a short draft's sentences let the
// prefilter select only a few of them.
class PatternRegex {
public:
    explicit PatternRegex(std::string expanded) : expanded_(std::move(expanded)) {}
    const CompiledPattern& get() const;

private:
    std::string expanded_;
    mutable std::once_flag once_;
    mutable CompiledPattern compiled_;
};

struct Pattern {
    std::string id;
    std::string form;        // direct, indirect, mixed, according-to, headline, continuation, agentless
    std::string regex;       // after {{name}} expansion
    int priority = 0;        // higher wins when two patterns claim the same cue
    std::string scope = "sentence";  // "sentence" or "headline" (applies to headline blocks only)
    std::vector<PatternExample> match, no_match;
    Location where;
    // Set by the pack compiler, which compiles it with the pack unless the pack's regexes are
    // known to be valid (see PatternCompilation); compiled() compiles it if it is not yet.
    std::unique_ptr<PatternRegex> compiled_regex;

    const CompiledPattern& compiled() const { return compiled_regex->get(); }
    const RE2& re() const { return *compiled().re; }
};

// A weighted regex that marks a sentence as check-worthy (statistic, comparison, causal …).
struct Trigger {
    std::string id;
    std::string kind;  // "trigger" adds weight; "exempt" removes the sentence from claims
    double weight = 1;
    std::string regex;  // expanded; matched as part of the claim finder's RE2::Set
    Location where;
};

// An RE2::Set that may still be compiling on another thread when its pack is returned, so that
// start-up goes on building the engine meanwhile. get() waits for it the first time; it is
// nullptr only for a set RE2 could not build, which the pack compiler reports for every pack
// whose sets it does not leave compiling.
class PendingSet {
public:
    PendingSet() = default;
    explicit PendingSet(std::unique_ptr<RE2::Set> set);
    explicit PendingSet(std::future<std::unique_ptr<RE2::Set>> compiling) : set_(compiling.share()) {}
    const RE2::Set* get() const { return set_.valid() ? set_.get().get() : nullptr; }
    const RE2::Set* operator->() const { return get(); }

private:
    std::shared_future<std::unique_ptr<RE2::Set>> set_;
};

struct ClaimConfig {
    double threshold = 2;
    std::vector<Trigger> triggers;
    // Two sets: the triggers that add weight, run on every sentence; the discounts and
    // exemptions, which can only take a claim away, run only on a sentence that reached the
    // threshold. Index i of a set is triggers[raising[i]] or triggers[lowering[i]].
    PendingSet raising_set;
    PendingSet lowering_set;
    std::vector<std::size_t> raising;
    std::vector<std::size_t> lowering;
};

// Vocabulary about sources, used by resolution and the checks.
struct SourceVocabulary {
    std::map<std::string, std::string> aliases;       // "Pyongyang" → "North Korea"
    std::map<std::string, std::string> affiliations;  // entity/alias → side ("US officials" → "United States")
    std::map<std::string, std::vector<std::string>> kind_lexicons;  // kind → lexicon names
};

struct CheckExamples {
    std::vector<std::string> fire;
    std::vector<std::string> pass;
    Location where;
    std::vector<Location> fire_where, pass_where;  // of each example, parallel to fire / pass
};

struct Check {
    std::string id;
    Severity severity = Severity::Warning;
    std::string message;   // template with {source}, {cue}, {trigger}, {reason} …
    std::string summary;   // one line for `rules list`
    std::string standard;  // the standards it rests on, e.g. "ATTR-03: Wikipedia MOS:WEASEL; NPR"
    std::string explain;   // paragraphs for `rules explain`
    std::map<std::string, std::string> params;
    CheckExamples examples;
    bool enabled = true;
    Location where;
};

// One attribution an attribution example expects the engine to find. Only `cue` is always
// compared; the other fields are compared when the example gives them.
struct ExpectedAttribution {
    std::string cue;                                  // text of the cue span
    bool has_source = false;                          // `source` written in the example
    std::optional<std::string> source;                // nullopt with has_source: no source (agentless)
    std::optional<std::vector<std::string>> content;  // texts of the content pieces, in order
    std::optional<std::string> form;                  // direct, indirect, mixed, according-to …
    Location where;
};

// A text run through the whole engine, and every attribution it must find there, in order
// (rules/en/attribution-examples.yml). An empty `expect` says the text holds no attribution.
struct AttributionExample {
    std::string text;  // a small Markdown draft; a line starting with "# " is the headline
    std::vector<ExpectedAttribution> expect;
    Location where;
};

struct RulePack {
    std::string name;  // "en"
    std::map<std::string, Lexicon> lexicons;
    std::map<std::string, std::string> fragments;  // expanded regex fragments
    std::vector<Pattern> patterns;                 // in file order
    // Prefilter over the patterns' cue groups: index i ↔ patterns[i]. A hit means the cue of
    // pattern i occurs in the text (the pattern may still not match); no hit means it cannot.
    PendingSet pattern_set;
    ClaimConfig claims;
    SourceVocabulary sources;
    std::vector<std::string> abbreviations;
    std::vector<std::string> sentence_openers;  // words that start a sentence after "U.S." ("He", "The")
    std::vector<std::pair<BlockKind, std::string>> block_roles;  // regex per block role
    std::vector<std::shared_ptr<const RE2>> block_role_regexes;  // block_roles compiled, same order
    std::vector<Check> checks;
    std::vector<AttributionExample> attribution_examples;  // in file order

    const Lexicon* lexicon(const std::string& name) const;
    const Check* check(const std::string& id) const;
    Check* check(const std::string& id);
};

// One YAML file of a pack: its name (for messages) and its text.
struct RuleFile {
    std::string path;
    std::string text;
};

// Loads and validates the files of one pack. Throws UserError naming file:line:column and the
// rule id for: malformed YAML, unknown keys, bad regexes, undefined {{names}}, duplicate ids,
// missing required fields, empty examples.
// Fragments no regex uses are compiled too, to report a broken one, unless `validation` is
// PackValidation::SkipUnusedFragments. `extension` (a config's words, aliases and affiliations)
// is added before compiling.
enum class PackValidation { Full, SkipUnusedFragments };
RulePack load_rule_pack(const std::string& name, const std::vector<RuleFile>& files,
                        const rules::PackExtension* extension = nullptr,
                        PackValidation validation = PackValidation::Full);
// Reads every *.yml / *.yaml file of a folder (sorted by name) and loads them as one pack.
RulePack load_rule_pack_dir(const std::string& dir);
// The default English pack, embedded at build time. Its unused fragments are compiled, and its
// attribution examples read, only when asked: the test suite validates the same files in full,
// and start-up stays short.
RulePack load_builtin_pack(PackValidation validation = PackValidation::SkipUnusedFragments,
                           const rules::PackExtension* extension = nullptr);
// The files behind those two, for packs merged from several folders (a config's `rules:`).
// Checking drafts (SkipUnusedFragments) leaves out the file of attribution examples.
std::vector<RuleFile> read_rule_pack_dir(const std::string& dir);
std::vector<RuleFile> builtin_rule_files(PackValidation validation = PackValidation::Full);

}  // namespace claimcheck
