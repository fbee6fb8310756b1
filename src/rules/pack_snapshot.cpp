#include "rules/pack_snapshot.hpp"

#include <stdexcept>

#include <nlohmann/json.hpp>

// The conversions must sit in the namespaces of the types they convert, where nlohmann's lookup
// finds them. Compiled patterns and regexes are not part of a snapshot: it holds sources only.
namespace claimcheck {

// Locations are the most numerous values: arrays keep them small and quick to read.
void to_json(nlohmann::json& j, const Location& l) { j = nlohmann::json::array({l.file, l.line, l.column}); }

void from_json(const nlohmann::json& j, Location& l) {
    j.at(0).get_to(l.file);
    j.at(1).get_to(l.line);
    j.at(2).get_to(l.column);
}

// A lexicon's entries, thousands in all, travel as one string: one value each would make reading
// the snapshot several times slower.
constexpr char kEntrySeparator = '\n';

std::string joined_entries(const std::vector<std::string>& entries) {
    std::string joined;
    for (const std::string& entry : entries) {
        if (entry.find(kEntrySeparator) != std::string::npos)
            throw std::logic_error("a lexicon entry holds a line break, which a snapshot cannot keep: '" + entry + "'");
        if (!joined.empty()) joined += kEntrySeparator;
        joined += entry;
    }
    return joined;
}

std::vector<std::string> split_entries(const std::string& joined) {
    std::vector<std::string> entries;
    if (joined.empty()) return entries;
    std::size_t from = 0;
    for (std::size_t at = joined.find(kEntrySeparator); at != std::string::npos; at = joined.find(kEntrySeparator, from)) {
        entries.push_back(joined.substr(from, at - from));
        from = at + 1;
    }
    entries.push_back(joined.substr(from));
    return entries;
}

void to_json(nlohmann::json& j, const Lexicon& l) {
    j = {{"name", l.name}, {"doc", l.doc}, {"tag", l.tag}, {"entries", joined_entries(l.entries)}, {"where", l.where}};
}

void from_json(const nlohmann::json& j, Lexicon& l) {
    j.at("name").get_to(l.name);
    j.at("doc").get_to(l.doc);
    j.at("tag").get_to(l.tag);
    l.entries = split_entries(j.at("entries").get<std::string>());
    j.at("where").get_to(l.where);
}

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PatternExample, text, expect, where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(CheckExamples, fire, pass, where, fire_where, pass_where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Check, id, severity, message, summary, standard, explain, params, examples,
                                   enabled, where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Trigger, id, kind, weight, regex, where)

// Pattern holds a compiled regex and cannot be copied: its source fields are converted by hand.
void to_json(nlohmann::json& j, const Pattern& p) {
    j = {{"id", p.id},       {"form", p.form},   {"regex", p.regex},       {"priority", p.priority},
         {"scope", p.scope}, {"match", p.match}, {"no_match", p.no_match}, {"where", p.where}};
}

void from_json(const nlohmann::json& j, Pattern& p) {
    j.at("id").get_to(p.id);
    j.at("form").get_to(p.form);
    j.at("regex").get_to(p.regex);
    j.at("priority").get_to(p.priority);
    j.at("scope").get_to(p.scope);
    j.at("match").get_to(p.match);
    j.at("no_match").get_to(p.no_match);
    j.at("where").get_to(p.where);
}

}  // namespace claimcheck

namespace claimcheck::rules {

void to_json(nlohmann::json& j, const LocatedString& s) { j = nlohmann::json::array({s.text, s.where}); }

void from_json(const nlohmann::json& j, LocatedString& s) {
    j.at(0).get_to(s.text);
    j.at(1).get_to(s.where);
}

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(LexiconSource, lexicon, includes, inflect)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FragmentSource, regex, where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(TriggerSource, trigger, regex_where)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(BlockRoleSource, kind, role, regex)

void to_json(nlohmann::json& j, const PatternSource& p) {
    j = {{"pattern", p.pattern}, {"regex_where", p.regex_where}, {"expect_keys", p.expect_keys}};
}

void from_json(const nlohmann::json& j, PatternSource& p) {
    from_json(j.at("pattern"), p.pattern);
    j.at("regex_where").get_to(p.regex_where);
    j.at("expect_keys").get_to(p.expect_keys);
}

namespace {

// Bumped whenever PackSources changes shape, so that a stale snapshot fails loudly.
constexpr int kSnapshotVersion = 2;

nlohmann::json sources_json(const PackSources& s) {
    nlohmann::json j = {{"version", kSnapshotVersion},
                        {"lexicons", s.lexicons},
                        {"fragments", s.fragments},
                        {"fragment_names", s.fragment_names},
                        {"patterns", s.patterns},
                        {"threshold", s.threshold},
                        {"triggers", s.triggers},
                        {"kinds", s.kinds},
                        {"aliases", s.aliases},
                        {"affiliations", s.affiliations},
                        {"abbreviations", s.abbreviations},
                        {"sentence_openers", s.sentence_openers},
                        {"block_roles", s.block_roles},
                        {"checks", s.checks}};
    j["threshold_where"] = s.threshold_where ? nlohmann::json(*s.threshold_where) : nlohmann::json();
    return j;
}

PackSources sources_from(const nlohmann::json& j) {
    if (j.at("version").get<int>() != kSnapshotVersion)
        throw std::runtime_error("the rule pack snapshot was written by another version; rebuild claimcheck");
    PackSources s;
    j.at("lexicons").get_to(s.lexicons);
    j.at("fragments").get_to(s.fragments);
    j.at("fragment_names").get_to(s.fragment_names);
    j.at("patterns").get_to(s.patterns);
    j.at("threshold").get_to(s.threshold);
    j.at("triggers").get_to(s.triggers);
    j.at("kinds").get_to(s.kinds);
    j.at("aliases").get_to(s.aliases);
    j.at("affiliations").get_to(s.affiliations);
    j.at("abbreviations").get_to(s.abbreviations);
    j.at("sentence_openers").get_to(s.sentence_openers);
    j.at("block_roles").get_to(s.block_roles);
    j.at("checks").get_to(s.checks);
    if (!j.at("threshold_where").is_null()) s.threshold_where = j.at("threshold_where").get<Location>();
    return s;
}

}  // namespace

std::string write_pack_snapshot(const PackSources& sources) {
    if (!sources.attribution_examples.empty())
        throw std::logic_error("a pack snapshot holds no attribution examples; leave their file out");
    const std::vector<std::uint8_t> bytes = nlohmann::json::to_cbor(sources_json(sources));
    return std::string(bytes.begin(), bytes.end());
}

PackSources read_pack_snapshot(std::string_view bytes) {
    try {
        return sources_from(nlohmann::json::from_cbor(bytes.begin(), bytes.end()));
    } catch (const nlohmann::json::exception& error) {
        throw std::runtime_error(std::string("the rule pack snapshot is damaged (") + error.what() + "); rebuild claimcheck");
    }
}

}  // namespace claimcheck::rules
