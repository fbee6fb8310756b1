#include "rules/pack_parser.hpp"

#include <algorithm>
#include <array>
#include <future>

#include "common/second_thread.hpp"
#include "rules/inflect.hpp"
#include "rules/yaml_document.hpp"

namespace claimcheck::rules {

namespace {

constexpr std::array<std::string_view, 7> attribution_forms = {"direct",   "indirect",     "mixed",    "according-to",
                                                               "headline", "continuation", "agentless"};
constexpr std::array<std::string_view, 2> pattern_scopes = {"sentence", "headline"};
constexpr std::array<std::string_view, 5> source_kinds = {"person", "organization", "document", "anonymous", "vague"};

struct BlockRoleName {
    std::string_view name;
    BlockKind kind;
};
constexpr std::array<BlockRoleName, 5> block_role_names = {{{"caption", BlockKind::Caption},
                                                            {"credit", BlockKind::Credit},
                                                            {"byline", BlockKind::Byline},
                                                            {"dateline", BlockKind::Dateline},
                                                            {"boilerplate", BlockKind::Boilerplate}}};

template <std::size_t N>
bool is_one_of(const std::string& value, const std::array<std::string_view, N>& allowed) {
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

template <std::size_t N>
std::string allowed_list(const std::array<std::string_view, N>& allowed) {
    return join_names(std::vector<std::string_view>(allowed.begin(), allowed.end()));
}

// Names and ids are written on command lines and inside {{…}}: keep them to one simple shape.
bool is_rule_name(const std::string& name) {
    if (name.empty() || name.front() == '-') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

void require_rule_name(const LocatedString& name, const std::string& what) {
    if (!is_rule_name(name.text))
        throw UserError(name.where, what + " '" + name.text + "' must use only lower-case letters, digits and '-'");
}

// Block scalars (`regex: |`) end in a newline the author never meant the regex to require.
std::string without_trailing_newlines(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

std::vector<LocatedString> scalar_list(const SourceText& source, const YAML::Node& node, const std::string& what) {
    if (!node.IsSequence())
        throw UserError(source.at(node.Mark()), what + " must be a list, not " + describe_node(node));
    std::vector<LocatedString> out;
    int index = 0;
    for (const YAML::Node& item : node)
        out.push_back(scalar_item(source, item, "item " + std::to_string(++index) + " of " + what));
    return out;
}

// "  people  familiar " → "people familiar": entries are phrases, and the engine compares them as
// such; spacing in the file carries no meaning (regexes match any white space between words).
std::string normalise_phrase(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string first_defined(const Location& where) { return " (first defined at " + format_location(where) + ")"; }

// ---- lexicons and fragments -------------------------------------------------------------------

// One entry as the lexicon stores it: a phrase, or every form of a verb for `inflect: verb`.
void add_entry(const LocatedString& item, const std::string& at, const std::string& owner, bool inflect,
               std::vector<std::string>& entries) {
    if (item.text.find_first_not_of(" \t\r\n") == std::string::npos) throw UserError(item.where, at + " is empty");
    if (!inflect) {
        if (item.text.find('|') != std::string::npos)
            throw UserError(item.where, at + " uses '|', which separates irregular verb forms: add "
                                             "'inflect: verb' to the lexicon or remove the '|'");
        entries.push_back(normalise_phrase(item.text));
        return;
    }
    if (const std::string problem = verb_entry_problem(item.text); !problem.empty())
        throw UserError(item.where, owner + ": " + problem);
    for (std::string& form : verb_forms(item.text)) entries.push_back(std::move(form));
}

std::vector<std::string> lexicon_entries(const MapReader& map, bool inflect) {
    std::vector<std::string> entries;
    if (!map.has("entries")) return entries;
    int index = 0;
    for (const LocatedString& item : map.string_list("entries"))
        add_entry(item, "item " + std::to_string(++index) + " of 'entries' in " + map.owner(), map.owner(), inflect, entries);
    return entries;
}

void parse_lexicon(const SourceText& source, const LocatedString& name, const YAML::Node& node, PackSources& pack) {
    require_rule_name(name, "lexicon name");
    const std::string owner = "lexicon '" + name.text + "'";
    if (const auto earlier = pack.lexicons.find(name.text); earlier != pack.lexicons.end())
        throw UserError(name.where, "duplicate lexicon '" + name.text + "'" + first_defined(earlier->second.lexicon.where));
    if (const auto clash = pack.fragment_names.find(name.text); clash != pack.fragment_names.end())
        throw UserError(name.where, "lexicon '" + name.text + "' has the name of a fragment" + first_defined(clash->second) +
                                        ": {{" + name.text + "}} must name one thing");
    const MapReader map(source, node, owner, {"doc", "tag", "inflect", "entries", "include"});
    if (!map.has("entries") && !map.has("include"))
        map.fail(map.where(), "missing required key 'entries' (or 'include') in " + owner);
    bool inflect = false;
    if (map.has("inflect")) {
        const std::string how = map.string("inflect");
        if (how != "verb")
            map.fail(map.value_at("inflect"), "unknown inflection '" + how + "' in " + owner + " (allowed: verb)");
        inflect = true;
    }
    LexiconSource lexicon;
    lexicon.lexicon.name = name.text;
    lexicon.lexicon.doc = map.string_or("doc", "");
    lexicon.lexicon.tag = map.string_or("tag", "");
    lexicon.lexicon.entries = lexicon_entries(map, inflect);
    lexicon.inflect = inflect;
    lexicon.lexicon.where = name.where;
    if (map.has("include")) lexicon.includes = map.string_list("include");
    pack.lexicons.emplace(name.text, std::move(lexicon));
}

void parse_fragment(const SourceText& source, const LocatedString& name, const YAML::Node& node, PackSources& pack) {
    require_rule_name(name, "fragment name");
    if (const auto earlier = pack.fragment_names.find(name.text); earlier != pack.fragment_names.end())
        throw UserError(name.where, "duplicate fragment '" + name.text + "'" + first_defined(earlier->second));
    if (const auto clash = pack.lexicons.find(name.text); clash != pack.lexicons.end())
        throw UserError(name.where, "fragment '" + name.text + "' has the name of a lexicon" +
                                        first_defined(clash->second.lexicon.where) + ": {{" + name.text +
                                        "}} must name one thing");
    const LocatedString regex = scalar_item(source, node, "fragment '" + name.text + "'");
    pack.fragments.emplace(name.text, FragmentSource{without_trailing_newlines(regex.text), regex.where});
    pack.fragment_names.emplace(name.text, name.where);
}

// The value of `form`: one of the attribution forms of DESIGN.md.
std::string attribution_form(const MapReader& map) {
    std::string form = map.string("form");
    if (!is_one_of(form, attribution_forms))
        map.fail(map.value_at("form"), "unknown form '" + form + "' in " + map.owner() + " (allowed: " +
                                           allowed_list(attribution_forms) + ")");
    return form;
}

// ---- patterns ---------------------------------------------------------------------------------

PatternExample match_example(const SourceText& source, const YAML::Node& node, const std::string& owner, int index,
                             std::vector<LocatedString>& expect_keys) {
    if (node.IsScalar()) return PatternExample{node.Scalar(), {}, source.at(node.Mark())};
    if (!node.IsMap())
        throw UserError(source.at(node.Mark()), "item " + std::to_string(index) + " of 'match' in " + owner +
                                                    " must be a string or a mapping (text, expect), not " +
                                                    describe_node(node));
    const MapReader map(source, node, "an example of " + owner, {"text", "expect"});
    map.require({"text"});
    PatternExample example{map.string("text"), {}, map.where()};
    if (map.has("expect")) {
        for (const auto& [group, value] : map.entries("expect")) {
            example.expect[group.text] = scalar_item(source, value, "'" + group.text + "' in 'expect' of " + owner).text;
            expect_keys.push_back(group);
        }
    }
    return example;
}

void parse_pattern_examples(const MapReader& pattern, PatternSource& into) {
    const std::string& owner = pattern.owner();
    const std::string empty = owner + ": examples must not be empty: ";
    if (!pattern.has("examples"))
        pattern.fail(pattern.where(), empty + "add 'examples' with at least one 'match' sentence");
    const MapReader examples(pattern.source(), pattern.node("examples"), "the examples of " + owner, {"match", "no-match"});
    if (!examples.has("match"))
        examples.fail(examples.where(), empty + "'match' needs at least one sentence the pattern matches");
    const std::vector<YAML::Node> matches = examples.list("match");
    if (matches.empty())
        examples.fail(examples.value_at("match"), empty + "'match' needs at least one sentence the pattern matches");
    int index = 0;
    for (const YAML::Node& item : matches)
        into.pattern.match.push_back(match_example(pattern.source(), item, owner, ++index, into.expect_keys));
    if (examples.has("no-match"))
        for (const LocatedString& text : examples.string_list("no-match"))
            into.pattern.no_match.push_back(PatternExample{text.text, {}, text.where});
}

void parse_pattern(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    const MapReader map(source, node, owner_name(node, "pattern"),
                        {"id", "form", "scope", "priority", "regex", "examples"});
    map.require({"id", "form", "regex"});
    const LocatedString id = map.located_string("id");
    require_rule_name(id, "pattern id");
    for (const PatternSource& earlier : pack.patterns)
        if (earlier.pattern.id == id.text)
            map.fail(map.where(), "duplicate pattern id '" + id.text + "'" + first_defined(earlier.pattern.where));

    PatternSource pattern;
    pattern.pattern.id = id.text;
    pattern.pattern.where = map.where();
    pattern.pattern.form = attribution_form(map);
    if (map.has("scope")) {
        pattern.pattern.scope = map.string("scope");
        if (!is_one_of(pattern.pattern.scope, pattern_scopes))
            map.fail(map.value_at("scope"), "unknown scope '" + pattern.pattern.scope + "' in " + map.owner() +
                                                " (allowed: " + allowed_list(pattern_scopes) + ")");
    }
    if (map.has("priority")) pattern.pattern.priority = map.integer("priority");
    pattern.pattern.regex = without_trailing_newlines(map.string("regex"));
    pattern.regex_where = map.value_at("regex");
    parse_pattern_examples(map, pattern);
    pack.patterns.push_back(std::move(pattern));
}

// ---- claims -----------------------------------------------------------------------------------

void parse_trigger(const SourceText& source, const YAML::Node& node, const std::string& kind, PackSources& pack) {
    const bool exempt = kind == "exempt";
    const MapReader map(source, node, owner_name(node, exempt ? "exemption" : "trigger"),
                        exempt ? std::vector<std::string_view>{"id", "regex"}
                               : std::vector<std::string_view>{"id", "weight", "regex"});
    map.require({"id", "regex"});
    const LocatedString id = map.located_string("id");
    require_rule_name(id, exempt ? "exemption id" : "trigger id");
    for (const TriggerSource& earlier : pack.triggers)
        if (earlier.trigger.id == id.text)
            map.fail(map.where(), "duplicate trigger id '" + id.text + "'" + first_defined(earlier.trigger.where));
    TriggerSource trigger;
    trigger.trigger.id = id.text;
    trigger.trigger.kind = kind;
    if (map.has("weight")) trigger.trigger.weight = map.number("weight");
    trigger.trigger.regex = without_trailing_newlines(map.string("regex"));
    trigger.trigger.where = map.where();
    trigger.regex_where = map.value_at("regex");
    pack.triggers.push_back(std::move(trigger));
}

void parse_claims(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    if (node.IsNull()) return;
    const MapReader map(source, node, "section 'claims'", {"threshold", "triggers", "exempt"});
    if (map.has("threshold")) {
        if (pack.threshold_where)
            map.fail(map.key_at("threshold"), "the claims threshold is set twice" + first_defined(*pack.threshold_where));
        pack.threshold = map.number("threshold");
        pack.threshold_where = map.key_at("threshold");
    }
    if (map.has("triggers"))
        for (const YAML::Node& item : map.list("triggers")) parse_trigger(source, item, "trigger", pack);
    if (map.has("exempt"))
        for (const YAML::Node& item : map.list("exempt")) parse_trigger(source, item, "exempt", pack);
}

// ---- sources ----------------------------------------------------------------------------------

void parse_string_map(const MapReader& map, const std::string& key, const std::string& noun,
                      std::map<std::string, LocatedString>& into) {
    if (!map.has(key)) return;
    for (const auto& [name, value] : map.entries(key)) {
        const LocatedString text = scalar_item(map.source(), value, "'" + name.text + "' in '" + key + "' of " + map.owner());
        if (const auto earlier = into.find(name.text); earlier != into.end())
            throw UserError(name.where, "duplicate " + noun + " '" + name.text + "'" + first_defined(earlier->second.where));
        into.emplace(name.text, LocatedString{text.text, name.where});
    }
}

void parse_sources(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    if (node.IsNull()) return;
    const MapReader map(source, node, "section 'sources'", {"kinds", "aliases", "affiliations"});
    if (map.has("kinds")) {
        for (const auto& [kind, value] : map.entries("kinds")) {
            if (!is_one_of(kind.text, source_kinds))
                throw UserError(kind.where, "unknown source kind '" + kind.text + "' in section 'sources' (allowed: " +
                                                allowed_list(source_kinds) + ")");
            for (LocatedString& name : scalar_list(source, value, "source kind '" + kind.text + "'"))
                pack.kinds[kind.text].push_back(std::move(name));
        }
    }
    parse_string_map(map, "aliases", "alias", pack.aliases);
    parse_string_map(map, "affiliations", "affiliation", pack.affiliations);
}

// ---- structure --------------------------------------------------------------------------------

void parse_block_role(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    const MapReader map(source, node, owner_name(node, "block role", "role"), {"role", "regex"});
    map.require({"role", "regex"});
    BlockRoleSource role;
    role.role = map.string("role");
    const auto known = std::find_if(block_role_names.begin(), block_role_names.end(),
                                    [&](const BlockRoleName& r) { return r.name == role.role; });
    if (known == block_role_names.end()) {
        std::vector<std::string_view> names;
        for (const BlockRoleName& r : block_role_names) names.push_back(r.name);
        map.fail(map.value_at("role"), "unknown block role '" + role.role + "' (allowed: " + join_names(names) + ")");
    }
    role.kind = known->kind;
    role.regex = LocatedString{without_trailing_newlines(map.string("regex")), map.value_at("regex")};
    pack.block_roles.push_back(std::move(role));
}

void parse_structure(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    if (node.IsNull()) return;
    const MapReader map(source, node, "section 'structure'", {"abbreviations", "sentence-openers", "block-roles"});
    if (map.has("abbreviations"))
        for (const LocatedString& abbreviation : map.string_list("abbreviations"))
            if (std::find(pack.abbreviations.begin(), pack.abbreviations.end(), abbreviation.text) ==
                pack.abbreviations.end())
                pack.abbreviations.push_back(abbreviation.text);
    if (map.has("sentence-openers"))
        for (const LocatedString& opener : map.string_list("sentence-openers")) pack.sentence_openers.push_back(opener.text);
    if (map.has("block-roles"))
        for (const YAML::Node& item : map.list("block-roles")) parse_block_role(source, item, pack);
}

// ---- checks -----------------------------------------------------------------------------------

void parse_check_examples(const MapReader& check, CheckExamples& into) {
    const std::string& owner = check.owner();
    const std::string empty = owner + ": examples must not be empty: ";
    if (!check.has("examples"))
        check.fail(check.where(), empty + "add 'examples' with 'fire' drafts that raise the check and 'pass' drafts that do not");
    const MapReader examples(check.source(), check.node("examples"), "the examples of " + owner, {"fire", "pass"});
    into.where = examples.where();
    const auto read = [&](std::string_view key, std::vector<std::string>& texts, std::vector<Location>& places,
                          const std::string& need) {
        if (!examples.has(key)) examples.fail(examples.where(), empty + need);
        const std::vector<LocatedString> items = examples.string_list(key);
        if (items.empty()) examples.fail(examples.value_at(key), empty + need);
        for (const LocatedString& item : items) {
            texts.push_back(item.text);
            places.push_back(item.where);
        }
    };
    read("fire", into.fire, into.fire_where, "'fire' needs at least one draft that raises the check");
    read("pass", into.pass, into.pass_where, "'pass' needs at least one draft that does not raise the check");
}

void parse_check(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    const MapReader map(source, node, owner_name(node, "check"),
                        {"id", "severity", "summary", "message", "standard", "explain", "params", "examples", "enabled"});
    map.require({"id", "severity", "message"});
    const LocatedString id = map.located_string("id");
    require_rule_name(id, "check id");
    for (const Check& earlier : pack.checks)
        if (earlier.id == id.text) map.fail(map.where(), "duplicate check id '" + id.text + "'" + first_defined(earlier.where));

    Check check;
    check.id = id.text;
    check.where = map.where();
    const std::string severity = map.string("severity");
    const std::optional<Severity> parsed = parse_severity(severity);
    if (!parsed)
        map.fail(map.value_at("severity"), "unknown severity '" + severity + "' in " + map.owner() +
                                               " (allowed: error, warning, info)");
    check.severity = *parsed;
    check.message = map.string("message");
    check.summary = map.string_or("summary", "");
    check.standard = map.string_or("standard", "");
    check.explain = map.string_or("explain", "");
    if (map.has("params")) {
        // Numbers and booleans are kept as written: the check's code parses what it needs.
        for (const auto& [name, value] : map.entries("params")) {
            if (!value.IsScalar())
                throw UserError(name.where, "param '" + name.text + "' in " + map.owner() +
                                                " must be a string, number or true/false, not " + describe_node(value));
            check.params[name.text] = value.Scalar();
        }
    }
    if (map.has("enabled")) check.enabled = map.boolean("enabled");
    parse_check_examples(map, check.examples);
    pack.checks.push_back(std::move(check));
}

// ---- attribution examples ---------------------------------------------------------------------

// An attribution example goes by the first words of its text in messages: it has no id, and
// its text is what the author searches the file for.
std::string attribution_example_name(const YAML::Node& node) {
    constexpr std::size_t enough = 30;  // bytes; the cut is made at the next space
    if (!node.IsMap()) return "an attribution example";
    const YAML::Node text = node["text"];
    if (!text || !text.IsScalar() || normalise_phrase(text.Scalar()).empty()) return "an attribution example";
    std::string words = normalise_phrase(text.Scalar());
    if (const std::size_t space = words.find(' ', enough); space != std::string::npos) words = words.substr(0, space) + " …";
    return "attribution example '" + words + "'";
}

// `content: a string` is one piece; `content: [a, b]` several (a split quote); `[]` none.
std::vector<std::string> expected_content(const MapReader& map) {
    const YAML::Node& value = map.node("content");
    if (value.IsScalar()) return {value.Scalar()};
    if (!value.IsSequence()) map.type_error("content", "a string or a list of strings ([] for none)");
    std::vector<std::string> pieces;
    for (const LocatedString& piece : map.string_list("content")) pieces.push_back(piece.text);
    return pieces;
}

ExpectedAttribution expected_attribution(const MapReader& example, const YAML::Node& node, int index) {
    const MapReader map(example.source(), node, "item " + std::to_string(index) + " of 'expect' in " + example.owner(),
                        {"cue", "source", "content", "form"});
    map.require({"cue"});
    ExpectedAttribution expected;
    expected.where = map.where();
    expected.cue = map.string("cue");
    if (expected.cue.empty()) map.fail(map.value_at("cue"), "'cue' in " + map.owner() + " is empty: write the cue's text");
    if (map.has("source")) {
        expected.has_source = true;
        // `source: null` (or `~`) is an attribution with no source: an agentless one.
        if (!map.node("source").IsNull()) expected.source = map.string("source");
    }
    if (map.has("content")) expected.content = expected_content(map);
    if (map.has("form")) expected.form = attribution_form(map);
    return expected;
}

void parse_attribution_example(const SourceText& source, const YAML::Node& node, PackSources& pack) {
    const MapReader map(source, node, attribution_example_name(node), {"text", "expect"});
    map.require({"text", "expect"});
    AttributionExample example;
    example.where = map.where();
    example.text = map.string("text");
    if (normalise_phrase(example.text).empty())
        map.fail(map.value_at("text"), "'text' in " + map.owner() + " is empty: write a sentence to run through the engine");
    // `expect: []` is written out, so that a forgotten list cannot pass as "no attribution".
    int index = 0;
    for (const YAML::Node& item : map.list("expect")) example.expect.push_back(expected_attribution(map, item, ++index));
    pack.attribution_examples.push_back(std::move(example));
}

// ---- files ------------------------------------------------------------------------------------

std::vector<YAML::Node> section_list(const MapReader& top, std::string_view key) {
    if (top.node(key).IsNull()) return {};
    return top.list(key);
}

void parse_sections(const SourceText& source, const YAML::Node& root, PackSources& pack) {
    if (!root.IsMap())
        throw UserError(source.start(), "a rule file must be a mapping of sections (lexicons, fragments, patterns, "
                                        "claims, sources, structure, checks, attribution-examples), not " +
                                        describe_node(root));
    const MapReader top(source, root, "",
                        {"lexicons", "fragments", "patterns", "claims", "sources", "structure", "checks",
                         "attribution-examples"},
                        "section");
    if (top.has("lexicons"))
        for (const auto& [name, node] : top.entries("lexicons")) parse_lexicon(source, name, node, pack);
    if (top.has("fragments"))
        for (const auto& [name, node] : top.entries("fragments")) parse_fragment(source, name, node, pack);
    if (top.has("patterns"))
        for (const YAML::Node& node : section_list(top, "patterns")) parse_pattern(source, node, pack);
    if (top.has("claims")) parse_claims(source, top.node("claims"), pack);
    if (top.has("sources")) parse_sources(source, top.node("sources"), pack);
    if (top.has("structure")) parse_structure(source, top.node("structure"), pack);
    if (top.has("checks"))
        for (const YAML::Node& node : section_list(top, "checks")) parse_check(source, node, pack);
    if (top.has("attribution-examples"))
        for (const YAML::Node& node : section_list(top, "attribution-examples"))
            parse_attribution_example(source, node, pack);
}

}  // namespace

YAML::Node read_rule_yaml(const RuleFile& file) {
    const SourceText source(file.path, file.text);
    try {
        return load_one_document(source, file.text);
    } catch (const YAML::Exception& error) {
        throw UserError(source.at(error.mark), "invalid YAML: " + error.msg);
    }
}

void parse_rule_file(const RuleFile& file, const YAML::Node& root, PackSources& pack) {
    if (root.IsNull()) return;  // an empty file, or comments only
    const SourceText source(file.path, file.text);
    try {
        parse_sections(source, root, pack);
    } catch (const YAML::Exception& error) {
        throw UserError(source.at(error.mark), "invalid YAML: " + error.msg);
    }
}

void parse_rule_file(const RuleFile& file, PackSources& pack) { parse_rule_file(file, read_rule_yaml(file), pack); }

PackSources parse_rule_files(const std::vector<RuleFile>& files) {
    // Sections merge in file-name order, whatever order the caller listed the files in.
    std::vector<const RuleFile*> ordered;
    for (const RuleFile& file : files) ordered.push_back(&file);
    std::stable_sort(ordered.begin(), ordered.end(), [](const RuleFile* a, const RuleFile* b) { return a->path < b->path; });
    // Each file's YAML is read on a thread of its own; a file's error surfaces in file order.
    std::vector<std::future<YAML::Node>> trees;
    for (const RuleFile* file : ordered)
        trees.push_back(start_on_second_thread([file] { return read_rule_yaml(*file); }));
    PackSources sources;
    for (std::size_t i = 0; i < ordered.size(); ++i) parse_rule_file(*ordered[i], trees[i].get(), sources);
    return sources;
}

void extend_pack(PackSources& pack, const PackExtension& extension) {
    for (const auto& [name, items] : extension.lexicon_entries) {
        const auto found = pack.lexicons.find(name.text);
        if (found == pack.lexicons.end()) {
            throw UserError(name.where, "the rule pack has no lexicon '" + name.text +
                                            "': use a name from the pack's lexicons (rules/en/lexicons-*.yml)");
        }
        LexiconSource& lexicon = found->second;
        int index = 0;
        for (const LocatedString& item : items) {
            const std::string at = "item " + std::to_string(++index) + " of lexicon '" + name.text + "'";
            add_entry(item, at, "lexicon '" + name.text + "'", lexicon.inflect, lexicon.lexicon.entries);
        }
    }
    for (const auto& [key, value] : extension.aliases) pack.aliases.insert_or_assign(key, value);
    for (const auto& [key, value] : extension.affiliations) pack.affiliations.insert_or_assign(key, value);
}

}  // namespace claimcheck::rules
