// Reading the YAML files of a rule pack into one set of uncompiled sections. Everything that can be
// checked in a single file is checked here (shapes, keys, types, required fields, duplicates
// against earlier files); what needs the whole pack (includes, {{names}}, regexes) is left to
// pack_compiler.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/expand.hpp"
#include "rules/pack_extension.hpp"
#include "rules/rulepack.hpp"
#include "rules/yaml_reader.hpp"

namespace claimcheck::rules {

struct LexiconSource {
    Lexicon lexicon;                      // entries: its own, already inflected
    std::vector<LocatedString> includes;  // names of other lexicons
    bool inflect = false;                 // `inflect: verb`: entries are verbs given in one form
};

struct PatternSource {
    Pattern pattern;                         // regex as written; not compiled
    Location regex_where;
    std::vector<LocatedString> expect_keys;  // group names the examples expect, to check later
};

struct TriggerSource {
    Trigger trigger;  // regex as written; not compiled
    Location regex_where;
};

struct BlockRoleSource {
    BlockKind kind = BlockKind::Caption;
    std::string role;
    LocatedString regex;
};

// The merged, uncompiled sections of every file of a pack.
struct PackSources {
    std::map<std::string, LexiconSource> lexicons;
    std::map<std::string, FragmentSource> fragments;
    std::map<std::string, Location> fragment_names;  // where each fragment's name is written
    std::vector<PatternSource> patterns;
    std::optional<Location> threshold_where;
    double threshold = 2;
    std::vector<TriggerSource> triggers;
    std::map<std::string, std::vector<LocatedString>> kinds;  // source kind → lexicon names
    std::map<std::string, LocatedString> aliases;             // key → value, where = the key's place
    std::map<std::string, LocatedString> affiliations;
    std::vector<std::string> abbreviations;
    std::vector<std::string> sentence_openers;
    std::vector<BlockRoleSource> block_roles;
    std::vector<Check> checks;
    std::vector<AttributionExample> attribution_examples;
};

// Parses one file and merges its sections into `pack`. Throws UserError.
void parse_rule_file(const RuleFile& file, PackSources& pack);
// The same in two steps. Reading the YAML is most of the cost and needs nothing from other files,
// so a pack's files can be read in parallel; merging must follow file order.
YAML::Node read_rule_yaml(const RuleFile& file);
void parse_rule_file(const RuleFile& file, const YAML::Node& root, PackSources& pack);
// Every file of a pack, merged in file-name order (their YAML read in parallel).
PackSources parse_rule_files(const std::vector<RuleFile>& files);

// Adds a config's words, aliases and affiliations to the parsed pack. Throws UserError where the
// config names a lexicon the pack lacks or writes an entry the pack would refuse.
void extend_pack(PackSources& pack, const PackExtension& extension);

}  // namespace claimcheck::rules
