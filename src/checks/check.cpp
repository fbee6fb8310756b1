#include "checks/check.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <mutex>

namespace claimcheck {

void FindingSink::add(Span span, std::size_t sentence, const std::string& source,
                      const std::map<std::string, std::string>& values, Severity severity) {
    Finding finding;
    finding.rule = check_.id;
    finding.severity = severity;
    std::map<std::string, std::string> all = values;
    all.emplace("source", source);
    finding.message = render_message(check_.message, all);
    finding.span = span;
    finding.sentence = sentence;
    finding.source = source;
    out_.push_back(std::move(finding));
}

double FindingSink::number(const std::string& name, double fallback) const {
    auto it = check_.params.find(name);
    if (it == check_.params.end()) return fallback;
    double value = fallback;
    auto [end, error] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    return error == std::errc() ? value : fallback;
}

std::size_t FindingSink::count(const std::string& name, std::size_t fallback) const {
    const double value = number(name, static_cast<double>(fallback));
    if (!(value > 0)) return 0;  // negative, or not a number
    return static_cast<std::size_t>(std::min(value, 1e6));
}

std::string FindingSink::text(const std::string& name, const std::string& fallback) const {
    auto it = check_.params.find(name);
    return it == check_.params.end() ? fallback : it->second;
}

namespace {

std::unique_ptr<RE2> compiled_or_null(const std::string& pattern) {
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern, options);
    return re->ok() ? std::move(re) : nullptr;
}

// As in a WordSet: lower-case entries match in any case, entries with capitals as written.
std::string whole_word_alternation(const Lexicon& lexicon) {
    std::string folded, exact;
    for (const std::string& entry : lexicon.entries) {
        const bool capital = std::any_of(entry.begin(), entry.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        std::string& list = capital ? exact : folded;
        if (!list.empty()) list += '|';
        list += RE2::QuoteMeta(entry);
    }
    std::string alternatives = folded.empty() ? exact : "(?i:" + folded + ")" + (exact.empty() ? "" : "|" + exact);
    return "\\b(?:" + alternatives + ")\\b";
}

}  // namespace

const RE2* CheckLookups::fragment(const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = fragments_.find(name);
    if (found == fragments_.end()) {
        auto it = pack_.fragments.find(name);
        found = fragments_.emplace(name, it == pack_.fragments.end() ? nullptr : compiled_or_null(it->second)).first;
    }
    return found->second.get();
}

const RE2* CheckLookups::lexicon(const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = lexicons_.find(name);
    if (found == lexicons_.end()) {
        const Lexicon* lexicon = pack_.lexicon(name);
        found = lexicons_.emplace(name, !lexicon || lexicon->entries.empty() ? nullptr
                                                                              : compiled_or_null(whole_word_alternation(*lexicon)))
                    .first;
    }
    return found->second.get();
}

void CheckLookups::prepare() {
    const auto& lookups = check_regex_lookups();
    for (const Check& check : pack_.checks) {
        const auto found = lookups.find(check.id);
        if (!check.enabled || found == lookups.end()) continue;
        for (const RegexLookup& lookup : found->second) {
            const auto param = check.params.find(lookup.param);
            const std::string name = param == check.params.end() ? lookup.fallback : param->second;
            if (lookup.kind == RegexLookup::Kind::Fragment) fragment(name);
            else lexicon(name);
        }
    }
}

namespace {

template <typename Map>
std::vector<std::string> keys_of(const Map& map) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : map) keys.push_back(key);
    return keys;
}

}  // namespace

std::vector<std::string> CheckLookups::compiled_fragments() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return keys_of(fragments_);
}

std::vector<std::string> CheckLookups::compiled_lexicons() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return keys_of(lexicons_);
}

const WordSet& CheckLookups::words(const std::string& name) {
    const Lexicon* lexicon = pack_.lexicon(name);
    if (!lexicon) return none_;
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = words_.find(name);
    if (found == words_.end()) {
        auto set = std::make_unique<WordSet>();
        set->add_lexicon(*lexicon);
        found = words_.emplace(name, std::move(set)).first;
    }
    return *found->second;
}

const RE2* FindingSink::fragment(const std::string& name) const { return lookups_ ? lookups_->fragment(name) : nullptr; }

const RE2* FindingSink::lexicon(const std::string& name) const { return lookups_ ? lookups_->lexicon(name) : nullptr; }

const WordSet& FindingSink::words(const std::string& name) const {
    static const WordSet none;  // immutable: an empty set for a sink made without lookups
    return lookups_ ? lookups_->words(name) : none;
}

std::string render_message(const std::string& message, const std::map<std::string, std::string>& values) {
    std::string out;
    out.reserve(message.size() + 32);
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] == '{') {
            std::size_t close = message.find('}', i);
            if (close != std::string::npos) {
                auto it = values.find(message.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += it->second;
                    i = close;
                    continue;
                }
            }
        }
        out += message[i];
    }
    return out;
}

bool listed(const std::string& list, const std::string& item) {
    return ("," + list + ",").find("," + item + ",") != std::string::npos;
}

std::string text_of(const CheckContext& context, Span span) { return std::string(span.in(context.doc.text)); }

std::string source_text(const CheckContext& context, const Attribution& attribution) {
    return attribution.source ? text_of(context, *attribution.source) : std::string();
}

const Entity* source_entity(const CheckContext& context, const Attribution& attribution) {
    if (attribution.entity < 0) return nullptr;
    return &context.analysis.entities[static_cast<std::size_t>(attribution.entity)];
}

AttributionsBySentence attributions_by_sentence(const CheckContext& context) {
    AttributionsBySentence by_sentence(context.seg.sentences.size());
    const auto& attributions = context.analysis.attributions;
    for (std::size_t i = 0; i < attributions.size(); ++i)
        if (attributions[i].sentence < by_sentence.size()) by_sentence[attributions[i].sentence].push_back(i);
    return by_sentence;
}

bool reported_by_another(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution, Span span) {
    if (attribution.sentence >= by_sentence.size()) return false;
    for (const std::size_t index : by_sentence[attribution.sentence]) {
        const Attribution& other = context.analysis.attributions[index];
        if (&other == &attribution || !other.source) continue;
        if (other.form == AttributionForm::Agentless || other.cue.start == attribution.cue.start) continue;
        const Entity* speaker = source_entity(context, other);
        if (speaker && speaker->kind == SourceKind::Vague) continue;
        for (const Span& piece : other.content)
            if (piece.contains(span)) return true;
    }
    return false;
}

bool capitalised(std::string_view word) {
    const unsigned char first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
    return (first >= 'A' && first <= 'Z') || first >= 0xC3;
}

bool named_after(const CheckContext& context, const Attribution& attribution) {
    if (!attribution.source) return false;
    const Span sentence = context.seg.sentences[attribution.sentence].span;
    if (attribution.source->end >= sentence.end) return false;
    const std::string_view after =
        std::string_view(context.doc.text).substr(attribution.source->end, sentence.end - attribution.source->end);
    return after.starts_with(", ") && capitalised(after.substr(2));
}

bool named_in_next_lede_sentence(const CheckContext& context, const AttributionsBySentence& by_sentence,
                                 const Attribution& attribution, std::size_t lede, bool organisations) {
    if (attribution.sentence >= lede || attribution.sentence + 1 >= by_sentence.size()) return false;
    for (const std::size_t index : by_sentence[attribution.sentence + 1]) {
        const Entity* named = source_entity(context, context.analysis.attributions[index]);
        if (!named) continue;
        if (organisations && named->kind == SourceKind::Organization && capitalised(named->name)) return true;
        if (named->kind == SourceKind::Person && named->name.find(' ') != std::string::npos && capitalised(named->name) &&
            capitalised(named->name.substr(named->name.rfind(' ') + 1)))
            return true;
    }
    return false;
}

namespace {

bool sentence_matches(const CheckContext& context, const RE2* re, std::size_t sentence) {
    if (!re || sentence >= context.seg.sentences.size()) return false;
    const std::string_view text = context.seg.sentences[sentence].span.in(context.doc.text);
    return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re);
}

}  // namespace

bool public_testimony(const CheckContext& context, const FindingSink& sink, const Attribution& attribution) {
    return sentence_matches(context, sink.fragment(sink.text("public-testimony", "public-testimony")), attribution.sentence);
}

bool defined_group(const CheckContext& context, const FindingSink& sink, const Attribution& attribution) {
    if (attribution.source) {
        const std::string_view text = attribution.source->in(context.doc.text);
        if (!text.empty() && text.front() >= '0' && text.front() <= '9') return true;
    }
    const RE2* defined = sink.fragment(sink.text("defined-group", "defined-group"));
    return sentence_matches(context, defined, attribution.sentence) || sentence_matches(context, defined, attribution.sentence + 1);
}

// What the source is said to do decides whether it is a source at all: "people opt to …" and
// "residents want to …" report what they do or want, not a statement the story rests on. The
// cue classes that carry no statement are a parameter of the check (`skip-classes`).
bool carries_statement(const FindingSink& sink, const Attribution& attribution) {
    return attribution.cue_class.empty() || !listed(sink.text("skip-classes", "intention"), attribution.cue_class);
}

// The source is named inside a quotation or inside another speaker's reported words ("He said
// many people thought gaming a fad"): they are the speaker's words, not the newsroom's sourcing.
bool someone_elses_words(const CheckContext& context, const AttributionsBySentence& by_sentence,
                         const Attribution& attribution) {
    return inside_quote(context, *attribution.source) ||
           reported_by_another(context, by_sentence, attribution, *attribution.source);
}

// The source follows a full name and a comma ("John Connors, Microsoft's chief financial
// officer, said"): it describes the person just named. Two capitalised words, neither a date.
bool apposition_of_name(const CheckContext& context, const WordSet& calendar, const Attribution& attribution) {
    const Span sentence = context.seg.sentences[attribution.sentence].span;
    std::string_view before = std::string_view(context.doc.text).substr(sentence.start, attribution.source->start - sentence.start);
    if (!before.ends_with(", ")) return false;
    before.remove_suffix(2);
    const auto words = split_words(before);
    if (words.size() < 2) return false;
    const std::string_view last = words[words.size() - 1], previous = words[words.size() - 2];
    return capitalised(last) && capitalised(previous) && !calendar.contains(last) && !calendar.contains(previous);
}

// "… an adviser for Labour, which denies …": a relative pronoun right after a name stands for it.
bool relative_after_name(const CheckContext& context, const WordSet& relatives, const Attribution& attribution) {
    if (!relatives.contains(source_text(context, attribution))) return false;
    const Span sentence = context.seg.sentences[attribution.sentence].span;
    std::string_view before = std::string_view(context.doc.text).substr(sentence.start, attribution.source->start - sentence.start);
    if (!before.ends_with(", ")) return false;
    before.remove_suffix(2);
    const auto words = split_words(before);
    return !words.empty() && capitalised(words.back());
}


AnonymousUse judge_anonymous(const CheckContext& context, const FindingSink& sink, const AttributionsBySentence& by_sentence,
                             const Attribution& attribution) {
    if (!attribution.source) return AnonymousUse::Skip;
    if (!carries_statement(sink, attribution) || someone_elses_words(context, by_sentence, attribution))
        return AnonymousUse::Skip;
    // "Witnesses saw them …", "officials agreed to …": what they did or saw, not information.
    const WordSet& skip_cues = sink.words(sink.text("skip-cues", "non-statement-verbs"));
    const WordSet& events = sink.words(sink.text("event-cues", "event-verbs"));
    if (skip_cues.contains(attribution.cue_lemma) || events.contains(attribution.cue_lemma)) return AnonymousUse::Skip;
    // "John Connors, Microsoft's chief financial officer, said": the role of a named person.
    if (apposition_of_name(context, sink.words("calendar"), attribution) || named_after(context, attribution))
        return AnonymousUse::Skip;
    if (named_in_next_lede_sentence(context, by_sentence, attribution,
                                    sink.count("lede-sentences", 3), false) ||
        relative_after_name(context, sink.words("relative-pronouns"), attribution) || public_testimony(context, sink, attribution))
        return AnonymousUse::Identified;
    return AnonymousUse::Unnamed;
}

std::optional<std::size_t> sentence_of(const CheckContext& context, std::size_t offset) {
    const auto& sentences = context.seg.sentences;
    auto after = std::upper_bound(sentences.begin(), sentences.end(), offset,
                                  [](std::size_t at, const Sentence& sentence) { return at < sentence.span.start; });
    for (auto it = after; it != sentences.begin();) {
        --it;
        if (it->span.contains(offset)) return static_cast<std::size_t>(it - sentences.begin());
        if (it->span.end <= offset) break;
    }
    return std::nullopt;
}

bool inside_quote(const CheckContext& context, Span span) {
    return std::any_of(context.seg.quotes.begin(), context.seg.quotes.end(),
                       [&](const Quote& quote) { return quote.inner.contains(span) && !span.empty(); });
}

std::vector<Finding> run_checks(const CheckContext& context, const RulePack& pack, CheckLookups& lookups) {
    std::vector<Finding> findings;
    const auto& registry = check_registry();
    for (const auto& check : pack.checks) {
        if (!check.enabled) continue;
        auto it = registry.find(check.id);
        if (it == registry.end()) continue;  // validated when the pack is loaded into the engine
        FindingSink sink(check, findings, &lookups);
        it->second(context, sink);
    }
    sort_findings(findings);
    return findings;
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.span.start != b.span.start) return a.span.start < b.span.start;
        return a.rule < b.rule;
    });
}

}  // namespace claimcheck
