#include "rules/pack_compiler.hpp"

#include <algorithm>
#include <future>
#include <set>
#include <unordered_set>

#include <re2/set.h>

#include "common/second_thread.hpp"

namespace claimcheck::rules {

namespace {

// The memory one regex may compile into (RE2's own default): the default pack's largest pattern,
// with its lexicons expanded, needs well under half of it. A pattern over it is a pack error.
constexpr int64_t regex_max_mem = 8 << 20;
constexpr int64_t set_max_mem = 64 << 20;

// What is wrong with a regex that did not compile. RE2 quotes the offending part of the regex,
// which after {{name}} expansion can be a whole lexicon: messages keep to a readable length.
std::string regex_error(const RE2& re) {
    if (re.error_code() == RE2::ErrorPatternTooLarge) {
        return "the regex needs more than the " + std::to_string(regex_max_mem >> 20) +
               " MB of memory a regex may have, once its {{names}} are expanded: use smaller lexicons or fewer "
               "repetitions in it, or split it into several";
    }
    constexpr std::size_t limit = 200;
    std::string text = re.error();
    if (text.size() <= limit) return "invalid regex: " + text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "invalid regex: " + text.substr(0, cut) + "…";
}

// ---- lexicons ---------------------------------------------------------------------------------

// Lexicons with their includes merged in: own entries first, then each included lexicon's, each
// entry once.
class LexiconResolver {
public:
    explicit LexiconResolver(const std::map<std::string, LexiconSource>& sources) : sources_(sources) {}

    std::map<std::string, Lexicon> resolve_all() {
        for (const auto& [name, unused] : sources_) resolve(name);
        return std::move(done_);
    }

private:
    const Lexicon& resolve(const std::string& name) {
        if (const auto found = done_.find(name); found != done_.end()) return found->second;
        const LexiconSource& source = sources_.at(name);
        if (const auto open = std::find(in_progress_.begin(), in_progress_.end(), name); open != in_progress_.end()) {
            std::string cycle;
            for (auto it = open; it != in_progress_.end(); ++it) cycle += *it + " -> ";
            throw UserError(source.lexicon.where, "lexicons include each other in a cycle: " + cycle + name);
        }
        in_progress_.push_back(name);
        Lexicon lexicon = source.lexicon;
        lexicon.entries.clear();
        std::unordered_set<std::string> seen;
        const auto add = [&](const std::string& entry) {
            if (seen.insert(entry).second) lexicon.entries.push_back(entry);
        };
        for (const std::string& entry : source.lexicon.entries) add(entry);
        for (const LocatedString& include : source.includes) {
            if (sources_.count(include.text) == 0)
                throw UserError(include.where, "lexicon '" + name + "' includes '" + include.text +
                                                   "', which is not defined");
            for (const std::string& entry : resolve(include.text).entries) add(entry);
        }
        in_progress_.pop_back();
        if (lexicon.entries.empty())
            throw UserError(lexicon.where, "lexicon '" + name + "' is empty: give it entries or include a lexicon that has some");
        return done_.emplace(name, std::move(lexicon)).first->second;
    }

    const std::map<std::string, LexiconSource>& sources_;
    std::map<std::string, Lexicon> done_;
    std::vector<std::string> in_progress_;
};

// ---- regexes ----------------------------------------------------------------------------------

// Expands and compiles regexes. When a regex fails to compile because of a fragment it uses, the
// error points at that fragment rather than at every pattern that happens to use it.
class RegexCompiler {
public:
    RegexCompiler(const std::map<std::string, Lexicon>& lexicons, const std::map<std::string, FragmentSource>& fragments)
        : fragments_(fragments), expander_(lexicons, fragments) {}

    // Every fragment, expanded: reports undefined names and cycles even in unused fragments.
    std::map<std::string, std::string> expand_fragments() {
        std::map<std::string, std::string> out;
        for (const auto& [name, unused] : fragments_) out.emplace(name, expander_.fragment(name));
        return out;
    }

    // The regex with its {{names}} expanded; `uses` receives the fragments it names directly.
    std::string expand(const std::string& regex, const std::string& owner, const Location& where,
                       std::set<std::string>& uses) {
        std::string expanded = expander_.expand(regex, owner, where, &uses);
        mark_used(uses);
        return expanded;
    }

    // Compiles an expanded regex; `uses` as returned by expand().
    std::unique_ptr<RE2> compile_expanded(const std::string& expanded, const std::set<std::string>& uses,
                                          const std::string& owner, const Location& where) {
        auto re = std::make_unique<RE2>(expanded, regex_options());
        if (!re->ok()) {
            blame_fragments(uses);
            throw UserError(where, owner + ": " + regex_error(*re));
        }
        return re;
    }

    // Fragments that no compiled regex uses still have to be valid regexes.
    void check_unused_fragments() {
        std::set<std::string> unused;
        for (const auto& [name, source] : fragments_)
            if (used_.count(name) == 0) unused.insert(name);
        blame_fragments(unused);
    }

private:
    void mark_used(const std::set<std::string>& uses) {
        for (const std::string& name : uses)
            if (used_.insert(name).second) mark_used(expander_.fragment_uses(name));
    }

    // Throws for the innermost fragment among `uses` that does not compile on its own.
    void blame_fragments(const std::set<std::string>& uses) {
        for (const std::string& name : uses) {
            if (checked_.count(name) != 0) continue;
            blame_fragments(expander_.fragment_uses(name));
            const RE2 re(expander_.fragment(name), regex_options());
            if (!re.ok())
                throw UserError(fragments_.at(name).where, "fragment '" + name + "': " + regex_error(re));
            checked_.insert(name);
        }
    }

    const std::map<std::string, FragmentSource>& fragments_;
    Expander expander_;
    std::set<std::string> used_;     // by some compiled regex, directly or through other fragments
    std::set<std::string> checked_;  // compiled on their own without error
};

// ---- patterns ---------------------------------------------------------------------------------

// Compiles regexes RE2 may refuse; the caller checks ok() and asks the compiler for the located
// message, which needs the compiler's state and so stays on the calling thread.
std::vector<std::unique_ptr<RE2>> compile_each(const std::vector<std::string>& regexes) {
    std::vector<std::unique_ptr<RE2>> compiled;
    for (const std::string& regex : regexes) compiled.push_back(std::make_unique<RE2>(regex, regex_options()));
    return compiled;
}

// "content" → 1, "content2" → 2 …; nullopt for any other name.
std::optional<int> content_number(const std::string& name) {
    if (name.rfind("content", 0) != 0) return std::nullopt;
    const std::string digits = name.substr(7);
    if (digits.empty()) return 1;
    if (digits.size() > 3 || digits.front() == '0' ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int number = std::stoi(digits);
    return number >= 2 ? std::optional<int>(number) : std::nullopt;
}

// RE2 (2022) accepts a group name twice and keeps only one index, which would silently lose a
// capture: count the definitions in the text instead.
int count_group_definitions(const std::string& regex, const std::string& name) {
    const std::string opening = "(?P<" + name + ">";
    int count = 0;
    for (std::size_t at = regex.find(opening); at != std::string::npos; at = regex.find(opening, at + 1)) {
        std::size_t backslashes = 0;
        while (backslashes < at && regex[at - 1 - backslashes] == '\\') ++backslashes;
        if (backslashes % 2 == 0) ++count;
    }
    return count;
}

// What compile_pattern() leaves out, as errors: a group name the engine does not read, a name
// defined twice, no cue.
void check_groups(const Pattern& pattern, const Location& where) {
    const std::string owner = "pattern '" + pattern.id + "'";
    for (const auto& [name, index] : pattern.re().NamedCapturingGroups()) {
        if (name != "source" && name != "cue" && !content_number(name))
            throw UserError(where, owner + ": unknown group name '" + name +
                                       "' (allowed: source, cue, content, content2, content3, …)");
        if (count_group_definitions(pattern.regex, name) > 1)
            throw UserError(where, owner + ": group '" + name +
                                       "' is defined more than once; name further content pieces content2, content3, …");
    }
    if (pattern.compiled().cue_group < 0)
        throw UserError(where, owner + ": the regex has no (?P<cue>…) group; every pattern marks its cue");
}

void check_expected_groups(const Pattern& pattern, const std::vector<LocatedString>& expect_keys) {
    const auto& groups = pattern.re().NamedCapturingGroups();
    for (const LocatedString& key : expect_keys) {
        if (groups.count(key.text) != 0) continue;
        std::vector<std::pair<int, std::string>> by_index;
        for (const auto& [name, index] : groups) by_index.emplace_back(index, name);
        std::sort(by_index.begin(), by_index.end());
        std::string names;
        for (const auto& [index, name] : by_index) names += (names.empty() ? "" : ", ") + name;
        throw UserError(key.where, "pattern '" + pattern.id + "': an example expects group '" + key.text +
                                       "', which the regex does not have (groups: " + names + ")");
    }
}

// The sub-expression of the `cue` group of an expanded pattern regex: the prefilter looks for
// cues only. A set of whole patterns is exact but slow: every unanchored noun phrase may start at
// every word, and the combined DFA has to follow all of those starts at once.
std::string cue_expression(const std::string& regex) {
    const std::string open = "(?P<cue>";
    std::size_t start = regex.find(open);
    if (start == std::string::npos) return regex;
    int depth = 1;
    bool in_class = false;
    for (std::size_t i = start + open.size(); i < regex.size(); ++i) {
        char c = regex[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (in_class) {
            if (c == ']') in_class = false;
            continue;
        }
        if (c == '[') {
            in_class = true;
            if (i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // "[]…]" holds a literal ]
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return "(?:" + regex.substr(start + open.size(), i - start - open.size()) + ")";
        }
    }
    return regex;
}

// Builds the prefilter from the expanded pattern regexes, or returns nullptr when RE2 cannot (a
// regex that the patterns' own compilation reports better, or a set beyond the memory budget).
std::unique_ptr<RE2::Set> build_pattern_set(const std::vector<std::string>& regexes, int64_t max_mem) {
    RE2::Options options = regex_options();
    options.set_max_mem(max_mem);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (const std::string& regex : regexes)
        if (set->Add(regex, nullptr) < 0) return nullptr;
    if (!set->Compile()) return nullptr;
    return set;
}

// The budget caps the set's program and, in long runs, its DFA cache (which grows to fill it): a
// fixed budget first, and only a pack too big for it gets one that grows with its size.
std::unique_ptr<RE2::Set> build_pattern_set(const std::vector<std::string>& regexes) {
    if (auto set = build_pattern_set(regexes, set_max_mem)) return set;
    const int64_t per_pattern = regex_max_mem * static_cast<int64_t>(regexes.size());
    if (per_pattern <= set_max_mem) return nullptr;
    return build_pattern_set(regexes, per_pattern);
}

// Compiling the prefilter costs as much as compiling every pattern again; it runs on a thread of
// its own, which may outlive compile_pack (PatternCompilation::OnFirstUse): it owns its regexes.
std::future<std::unique_ptr<RE2::Set>> start_pattern_set(std::vector<std::string> regexes) {
    return start_on_second_thread([regexes = std::move(regexes)] { return build_pattern_set(regexes); });
}

// Expands the patterns' regexes; `uses` receives the fragments each names. Nothing is compiled
// yet.
std::vector<Pattern> expand_patterns(std::vector<PatternSource>& sources, RegexCompiler& compiler,
                                     std::vector<std::set<std::string>>& uses) {
    std::vector<Pattern> patterns;
    uses.assign(sources.size(), {});
    for (std::size_t i = 0; i < sources.size(); ++i) {
        Pattern pattern = std::move(sources[i].pattern);
        pattern.regex = compiler.expand(pattern.regex, "pattern '" + pattern.id + "'", sources[i].regex_where, uses[i]);
        pattern.compiled_regex = std::make_unique<PatternRegex>(pattern.regex);
        patterns.push_back(std::move(pattern));
    }
    return patterns;
}

// The patterns' regexes, compiled on a second thread; finish_patterns() checks them. Each
// pattern's regex stays where it is, so `patterns` may move meanwhile but must outlive the future.
std::future<void> start_patterns(const std::vector<Pattern>& patterns) {
    std::vector<const PatternRegex*> regexes;
    for (const Pattern& pattern : patterns) regexes.push_back(pattern.compiled_regex.get());
    return start_on_second_thread([regexes = std::move(regexes)] {
        for (const PatternRegex* regex : regexes) regex->get();
    });
}

void finish_patterns(std::future<void>& compiled, const std::vector<Pattern>& patterns,
                     const std::vector<std::set<std::string>>& uses, const std::vector<PatternSource>& sources,
                     RegexCompiler& compiler) {
    compiled.get();
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const Pattern& pattern = patterns[i];
        if (!pattern.re().ok())  // throws, naming the pattern or the fragment at fault
            compiler.compile_expanded(pattern.regex, uses[i], "pattern '" + pattern.id + "'", sources[i].regex_where);
        check_groups(pattern, sources[i].regex_where);
        check_expected_groups(pattern, sources[i].expect_keys);
    }
}

// ---- the rest ---------------------------------------------------------------------------------

std::string trigger_owner(const Trigger& trigger) {
    return (trigger.kind == "exempt" ? "exemption '" : "trigger '") + trigger.id + "'";
}

// The claim finder matches triggers only as one RE2::Set, built on a second thread; compiling
// each trigger on its own (to blame a fragment) is left to full validation and to a set that
// would not build.
std::vector<Trigger> expand_triggers(std::vector<TriggerSource>& sources, RegexCompiler& compiler,
                                     std::vector<std::set<std::string>>& uses) {
    std::vector<Trigger> triggers;
    uses.assign(sources.size(), {});
    for (std::size_t i = 0; i < sources.size(); ++i) {
        Trigger trigger = std::move(sources[i].trigger);
        trigger.regex = compiler.expand(trigger.regex, trigger_owner(trigger), sources[i].regex_where, uses[i]);
        triggers.push_back(std::move(trigger));
    }
    return triggers;
}

// Each trigger with a gap ("shares[^.;]*fell") lets the set's DFA be in one more state at once;
// with RE2's default 8 MB the DFA cache filled and was reset over and over (whole-corpus run
// 2.1 s -> 3.2 s after six such triggers were added), so the set gets the pattern set's budget.
std::unique_ptr<RE2::Set> build_trigger_set(const std::vector<std::string>& regexes) {
    RE2::Options options = regex_options();
    options.set_max_mem(set_max_mem);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (const std::string& regex : regexes)
        if (set->Add(regex, nullptr) < 0) return nullptr;
    if (!set->Compile()) return nullptr;
    return set;
}

void compile_each_trigger(const std::vector<Trigger>& triggers, const std::vector<std::set<std::string>>& uses,
                          const std::vector<TriggerSource>& sources, RegexCompiler& compiler) {
    for (std::size_t i = 0; i < triggers.size(); ++i)
        compiler.compile_expanded(triggers[i].regex, uses[i], trigger_owner(triggers[i]), sources[i].regex_where);
}

// Each role's regex, expanded here and compiled on a second thread; finish_block_roles() takes
// them.
struct PendingBlockRoles {
    std::vector<std::set<std::string>> uses;
    std::future<std::vector<std::unique_ptr<RE2>>> compiled;
};

PendingBlockRoles start_block_roles(const std::vector<BlockRoleSource>& sources, RegexCompiler& compiler,
                                    RulePack& pack) {
    PendingBlockRoles pending;
    std::vector<std::string> regexes;
    for (const BlockRoleSource& source : sources) {
        pending.uses.emplace_back();
        regexes.push_back(compiler.expand(source.regex.text, "block role '" + source.role + "'", source.regex.where,
                                          pending.uses.back()));
        pack.block_roles.emplace_back(source.kind, regexes.back());
    }
    pending.compiled = start_on_second_thread([regexes = std::move(regexes)] { return compile_each(regexes); });
    return pending;
}

// A role regex RE2 refused is compiled again through the compiler, for its located message.
void finish_block_roles(PendingBlockRoles& pending, const std::vector<BlockRoleSource>& sources,
                        RegexCompiler& compiler, RulePack& pack) {
    std::vector<std::unique_ptr<RE2>> compiled = pending.compiled.get();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!compiled[i]->ok())
            compiler.compile_expanded(pack.block_roles[i].second, pending.uses[i],
                                      "block role '" + sources[i].role + "'", sources[i].regex.where);
        pack.block_role_regexes.push_back(std::move(compiled[i]));
    }
}

SourceVocabulary source_vocabulary(const PackSources& sources, const std::map<std::string, Lexicon>& lexicons) {
    SourceVocabulary vocabulary;
    for (const auto& [kind, names] : sources.kinds) {
        for (const LocatedString& name : names) {
            if (lexicons.count(name.text) == 0)
                throw UserError(name.where, "source kind '" + kind + "' names lexicon '" + name.text +
                                                "', which is not defined");
            std::vector<std::string>& list = vocabulary.kind_lexicons[kind];
            if (std::find(list.begin(), list.end(), name.text) == list.end()) list.push_back(name.text);
        }
    }
    for (const auto& [key, value] : sources.aliases) vocabulary.aliases[key] = value.text;
    for (const auto& [key, value] : sources.affiliations) vocabulary.affiliations[key] = value.text;
    return vocabulary;
}

}  // namespace

RE2::Options regex_options() {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_never_capture(false);
    options.set_log_errors(false);
    options.set_max_mem(regex_max_mem);
    return options;
}

// A tag is a class the engine reads off a word (a cue verb's connotation): a word listed in two
// tagged lexicons with different tags would get whichever one came first.
void check_tag_conflicts(const std::map<std::string, Lexicon>& lexicons) {
    std::map<std::string, const Lexicon*> tagged;
    for (const auto& [name, lexicon] : lexicons) {
        if (lexicon.tag.empty()) continue;
        for (const std::string& entry : lexicon.entries) {
            auto [other, added] = tagged.emplace(entry, &lexicon);
            if (added || other->second->tag == lexicon.tag) continue;
            throw UserError(lexicon.where, "lexicon '" + name + "' (tag " + lexicon.tag + ") lists '" + entry +
                                               "', which lexicon '" + other->second->name + "' already tags " +
                                               other->second->tag + ": a word has one class; remove it from one of them");
        }
    }
}

CompiledPattern compile_pattern(const std::string& expanded) {
    CompiledPattern compiled;
    compiled.re = std::make_unique<RE2>(expanded, regex_options());
    std::vector<std::pair<int, int>> contents;  // (content number, group index)
    for (const auto& [name, index] : compiled.re->NamedCapturingGroups()) {
        if (name == "source") {
            compiled.source_group = index;
        } else if (name == "cue") {
            compiled.cue_group = index;
        } else if (const std::optional<int> number = content_number(name)) {
            contents.emplace_back(*number, index);
        }
    }
    std::sort(contents.begin(), contents.end());
    for (const auto& [number, index] : contents) compiled.content_groups.push_back(index);
    return compiled;
}

RulePack compile_pack(const std::string& name, PackSources sources, PackValidation validation,
                      PatternCompilation compilation) {
    RulePack pack;
    pack.name = name;
    pack.lexicons = LexiconResolver(sources.lexicons).resolve_all();
    check_tag_conflicts(pack.lexicons);
    RegexCompiler compiler(pack.lexicons, sources.fragments);
    pack.fragments = compiler.expand_fragments();
    // The block roles, the patterns and the two sets compile on other threads; this one takes
    // each result in turn and reports a regex RE2 refused with its place in the pack.
    PendingBlockRoles roles = start_block_roles(sources.block_roles, compiler, pack);
    std::vector<std::set<std::string>> trigger_uses;
    std::vector<Trigger> triggers = expand_triggers(sources.triggers, compiler, trigger_uses);
    std::vector<std::string> raising_regexes;
    std::vector<std::string> lowering_regexes;
    for (std::size_t i = 0; i < triggers.size(); ++i) {
        const bool raises = triggers[i].kind != "exempt" && triggers[i].weight > 0;
        (raises ? pack.claims.raising : pack.claims.lowering).push_back(i);
        (raises ? raising_regexes : lowering_regexes).push_back(triggers[i].regex);
    }
    std::future<std::unique_ptr<RE2::Set>> raising_set = start_on_second_thread(
        [regexes = std::move(raising_regexes)] { return build_trigger_set(regexes); });
    std::future<std::unique_ptr<RE2::Set>> lowering_set = start_on_second_thread(
        [regexes = std::move(lowering_regexes)] { return build_trigger_set(regexes); });
    std::vector<std::set<std::string>> uses;
    std::vector<Pattern> patterns = expand_patterns(sources.patterns, compiler, uses);
    std::vector<std::string> regexes;
    for (const Pattern& pattern : patterns) regexes.push_back(cue_expression(pattern.regex));
    std::future<std::unique_ptr<RE2::Set>> set = start_pattern_set(std::move(regexes));
    std::future<void> pattern_regexes;
    if (compilation == PatternCompilation::WithPack) pattern_regexes = start_patterns(patterns);
    if (validation == PackValidation::Full) compile_each_trigger(triggers, trigger_uses, sources.triggers, compiler);
    finish_block_roles(roles, sources.block_roles, compiler, pack);
    if (compilation == PatternCompilation::WithPack)
        finish_patterns(pattern_regexes, patterns, uses, sources.patterns, compiler);
    pack.claims.threshold = sources.threshold;
    if (compilation == PatternCompilation::OnFirstUse) {
        pack.claims.raising_set = PendingSet(std::move(raising_set));  // the engine is built meanwhile
        pack.claims.lowering_set = PendingSet(std::move(lowering_set));
    } else {
        pack.claims.raising_set = PendingSet(raising_set.get());
        pack.claims.lowering_set = PendingSet(lowering_set.get());
        if (!pack.claims.raising_set.get() || !pack.claims.lowering_set.get()) {
            compile_each_trigger(triggers, trigger_uses, sources.triggers, compiler);  // throws for a bad regex
            throw UserError(Location{name}, "the claim triggers of this pack are too large to compile together; use smaller lexicons or fewer triggers");
        }
    }
    pack.claims.triggers = std::move(triggers);
    if (validation == PackValidation::Full) compiler.check_unused_fragments();
    pack.sources = source_vocabulary(sources, pack.lexicons);
    pack.abbreviations = std::move(sources.abbreviations);
    pack.sentence_openers = std::move(sources.sentence_openers);
    pack.checks = std::move(sources.checks);
    pack.attribution_examples = std::move(sources.attribution_examples);
    pack.patterns = std::move(patterns);
    if (compilation == PatternCompilation::OnFirstUse) {
        pack.pattern_set = PendingSet(std::move(set));
        return pack;
    }
    pack.pattern_set = PendingSet(set.get());
    if (!pack.pattern_set.get())
        throw UserError(Location{name},
                        "the patterns of this pack are too large to compile together; use smaller lexicons or fewer patterns");
    return pack;
}

}  // namespace claimcheck::rules
