// The check stage: each check of the rule pack turns the analysis into findings. A check's
// behaviour is a function registered under its id (one file per check in this folder); its
// severity, message template and parameters come from the rule pack.
#pragma once

#include <map>
#include <memory>
#include <mutex>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "analysis/analysis.hpp"
#include "analysis/lexicon_index.hpp"
#include "checks/finding.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

struct CheckContext {
    const Document& doc;
    const Segmented& seg;
    const Analysis& analysis;
};

// The pack's fragments and lexicons in the shapes the checks read them, each built on first use
// and kept for the engine's life: one per engine, shared by every document and thread.
// A regex a check reads through its sink: a fragment or a lexicon, named by the check's
// parameter `param` or, when the check has none, by `fallback`.
struct RegexLookup {
    enum class Kind { Fragment, Lexicon };
    Kind kind;
    const char* param;
    const char* fallback;
};

// The regexes each check reads, by check id (tests/checks/regex_lookups_test.cpp holds this list
// to what the checks ask for over the samples).
const std::map<std::string, std::vector<RegexLookup>>& check_regex_lookups();

class CheckLookups {
public:
    explicit CheckLookups(const RulePack& pack) : pack_(pack) {}
    // Compiles every regex the enabled checks of the pack read (check_regex_lookups()), so that
    // the first draft need not wait for them: the engine does it on a second thread, which is
    // otherwise idle while the first draft is analysed. A check that finds an anonymous source
    // or a quotation needs most of them.
    void prepare();
    // The names of the fragments and of the lexicons compiled so far.
    std::vector<std::string> compiled_fragments() const;
    std::vector<std::string> compiled_lexicons() const;
    // The fragment `name`, or the lexicon `name` as one whole-word alternation (lower-case entries
    // in any case, entries with capitals as written); nullptr when the pack has no such one.
    const RE2* fragment(const std::string& name);
    const RE2* lexicon(const std::string& name);
    // The lexicon `name` as a word set (empty when the pack has no such lexicon).
    const WordSet& words(const std::string& name);

private:
    const RulePack& pack_;
    mutable std::mutex mutex_;
    std::map<std::string, std::unique_ptr<RE2>> fragments_, lexicons_;
    std::map<std::string, std::unique_ptr<WordSet>> words_;
    const WordSet none_;
};

// Builds findings for one check: fills rule, severity and message from the pack's entry.
class FindingSink {
public:
    FindingSink(const Check& check, std::vector<Finding>& out, CheckLookups* lookups = nullptr)
        : check_(check), out_(out), lookups_(lookups) {}
    const Check& check() const { return check_; }
    // `values` fill the message template's {placeholders}.
    void add(Span span, std::size_t sentence, const std::string& source,
             const std::map<std::string, std::string>& values, Severity severity);
    void add(Span span, std::size_t sentence, const std::string& source,
             const std::map<std::string, std::string>& values) {
        add(span, sentence, source, values, check_.severity);
    }
    // A numeric parameter of the check, or `fallback` when the pack does not set it.
    double number(const std::string& name, double fallback) const;
    // A whole-number parameter (a count of sentences, words or sources), held to 0 … 1,000,000
    // so that no value a newsroom writes ("1e30", "-3") wraps or overflows.
    std::size_t count(const std::string& name, std::size_t fallback) const;
    std::string text(const std::string& name, const std::string& fallback) const;
    // The pack's fragments and lexicons through the engine's CheckLookups (nullptr, or an empty
    // set, when the sink was made without them).
    const RE2* fragment(const std::string& name) const;
    const RE2* lexicon(const std::string& name) const;
    const WordSet& words(const std::string& name) const;

private:
    const Check& check_;
    std::vector<Finding>& out_;
    CheckLookups* lookups_ = nullptr;
};

using CheckFunction = void (*)(const CheckContext&, FindingSink&);

// Every check the engine implements, by id.
const std::map<std::string, CheckFunction>& check_registry();

std::string render_message(const std::string& message, const std::map<std::string, std::string>& values);

// Runs the enabled checks of `pack` and returns their findings sorted by position, then rule.
std::vector<Finding> run_checks(const CheckContext& context, const RulePack& pack, CheckLookups& lookups);
// By position in the text, then rule id: the order every report lists findings in.
void sort_findings(std::vector<Finding>& findings);

// Shared helpers for checks.
// `item` is one of the comma-separated `list` ("neutral,truth,doubt"), as check parameters give them.
bool listed(const std::string& list, const std::string& item);
std::string text_of(const CheckContext& context, Span span);
std::string source_text(const CheckContext& context, const Attribution& attribution);
bool inside_quote(const CheckContext& context, Span span);
// The entity an attribution resolved to, or nullptr (continuations repeat their lead's source).
const Entity* source_entity(const CheckContext& context, const Attribution& attribution);
// `span` lies inside what another attribution with a named or described speaker reports: the
// words are that speaker's ("He said many people thought …"), not the newsroom's sourcing.
// `by_sentence` is attributions_by_sentence(context).
using AttributionsBySentence = std::vector<std::vector<std::size_t>>;
AttributionsBySentence attributions_by_sentence(const CheckContext& context);
bool reported_by_another(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution, Span span);
// What else the story says about an unnamed source, shared by the checks of unnamed sources:
// A capital letter (or an accented one) opens the word.
bool capitalised(std::string_view word);
// "His previous adviser, JPMorgan, quit": the source is named in apposition right after it.
bool named_after(const CheckContext& context, const Attribution& attribution);
// Delayed identification in the lede: an unnamed source in the story's first `lede` sentences,
// and a named person (or, with `organisations`, a named organisation) speaking in the next.
bool named_in_next_lede_sentence(const CheckContext& context, const AttributionsBySentence& by_sentence,
                                 const Attribution& attribution, std::size_t lede, bool organisations);
// Testimony in a public proceeding ("witnesses told the trial") and words said on air are on the
// record: the sink's `public-testimony` fragment matches the attribution's sentence.
bool public_testimony(const CheckContext& context, const FindingSink& sink, const Attribution& attribution);
// A group the story defines and counts: "critics surveyed by the BBC" (the `defined-group`
// fragment, in the sentence or the next) or "1,000 people" (a number opens the source).
bool defined_group(const CheckContext& context, const FindingSink& sink, const Attribution& attribution);

// What the source is said to do decides whether it is a source at all: "people opt to …" and
// "residents want to …" report what they do or want (the check's `skip-classes`).
bool carries_statement(const FindingSink& sink, const Attribution& attribution);
// The source is named inside a quotation or inside another speaker's reported words.
bool someone_elses_words(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution);
// The source follows a full name and a comma ("John Connors, Microsoft's chief financial officer").
bool apposition_of_name(const CheckContext& context, const WordSet& calendar, const Attribution& attribution);
// "… an adviser for Labour, which denies …": a relative pronoun right after a name stands for it.
bool relative_after_name(const CheckContext& context, const WordSet& relatives, const Attribution& attribution);
// Whether an attribution by an anonymous entity is an unnamed source the story relies on: not a
// statement at all, or the words of someone else (Skip); a source the story identifies after
// all, by a name in the lede's next sentence or a public proceeding (Identified); or Unnamed.
// The anonymous-source, anonymous-opinion and anonymous-allegation checks share it.
enum class AnonymousUse { Unnamed, Skip, Identified };
AnonymousUse judge_anonymous(const CheckContext& context, const FindingSink& sink, const AttributionsBySentence& by_sentence,
                             const Attribution& attribution);

// The sentence index holding byte `offset`, if any.
std::optional<std::size_t> sentence_of(const CheckContext& context, std::size_t offset);

}  // namespace claimcheck
