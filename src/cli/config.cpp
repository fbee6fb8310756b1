#include "cli/config.hpp"

#include <filesystem>
#include <fstream>

#include "common/limits.hpp"
#include "document/load.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

namespace fs = std::filesystem;
using rules::LocatedString;
using rules::MapReader;
using rules::SourceText;

namespace {

const std::vector<std::string_view> kConfigKeys = {"rules",   "enable",  "disable",       "severity",
                                                   "lexicons", "aliases", "affiliations",  "ignore",
                                                   "fail-on", "max-file-size", "max-sentence-length"};

LocatedString checked_level(const LocatedString& level, const std::string& what, bool with_never) {
    if (parse_severity(level.text) || (with_never && level.text == "never")) return level;
    throw UserError(level.where, "unknown level '" + level.text + "' for " + what + " (allowed: error, warning, info" +
                                     (with_never ? ", never)" : ")"));
}

std::vector<std::pair<LocatedString, LocatedString>> read_severities(const MapReader& map) {
    std::vector<std::pair<LocatedString, LocatedString>> out;
    if (!map.has("severity")) return out;
    for (const auto& [id, value] : map.entries("severity")) {
        const LocatedString level = rules::scalar_item(map.source(), value, "the severity of '" + id.text + "'");
        out.emplace_back(id, checked_level(level, "check '" + id.text + "'", false));
    }
    return out;
}

std::map<std::string, LocatedString> read_names(const MapReader& map, std::string_view key) {
    std::map<std::string, LocatedString> out;
    if (!map.has(key)) return out;
    for (const auto& [name, value] : map.entries(key)) {
        const LocatedString text = rules::scalar_item(map.source(), value, "'" + name.text + "' in '" + std::string(key) + "'");
        out.insert_or_assign(name.text, LocatedString{text.text, name.where});
    }
    return out;
}

rules::PackExtension read_extension(const MapReader& map) {
    rules::PackExtension extension;
    if (map.has("lexicons")) {
        for (const auto& [name, value] : map.entries("lexicons")) {
            std::vector<LocatedString> words;
            if (!value.IsSequence()) throw UserError(name.where, "lexicon '" + name.text + "' in the config must be a list of words");
            int index = 0;
            for (const YAML::Node& item : value)
                words.push_back(rules::scalar_item(map.source(), item, "item " + std::to_string(++index) + " of lexicon '" + name.text + "'"));
            extension.lexicon_entries.emplace_back(name, std::move(words));
        }
    }
    extension.aliases = read_names(map, "aliases");
    extension.affiliations = read_names(map, "affiliations");
    return extension;
}

// A limit's value read with `parse`; an error at the value, saying what `key` takes, otherwise.
template <typename Number>
std::optional<Number> read_limit(const MapReader& map, std::string_view key,
                                 std::optional<Number> (*parse)(std::string_view), std::string_view expected) {
    if (!map.has(key)) return std::nullopt;
    const LocatedString value = map.located_string(key);
    const std::optional<Number> number = parse(value.text);
    if (!number) throw UserError(value.where, std::string(key) + " must be " + std::string(expected) + ", not '" + value.text + "'");
    return number;
}

std::vector<LocatedString> list_or_empty(const MapReader& map, std::string_view key) {
    return map.has(key) ? map.string_list(key) : std::vector<LocatedString>{};
}

Config config_from(const SourceText& source, const YAML::Node& root, const std::string& path) {
    Config config;
    config.path = path;
    config.dir = fs::path(path).parent_path().string();
    if (root.IsNull()) return config;  // comments only
    const MapReader map(source, root, "the config", kConfigKeys);
    config.rules = list_or_empty(map, "rules");
    config.enable = list_or_empty(map, "enable");
    config.disable = list_or_empty(map, "disable");
    config.severity = read_severities(map);
    config.extension = read_extension(map);
    for (const LocatedString& glob : list_or_empty(map, "ignore")) config.ignore.push_back(glob.text);
    if (map.has("fail-on")) config.fail_on = checked_level(map.located_string("fail-on"), "fail-on", true);
    config.max_file_size = read_limit(map, "max-file-size", parse_byte_size, "a size such as 64MB, 512K or 1048576 (bytes)");
    config.max_sentence_length = read_limit(map, "max-sentence-length", parse_count,
                                            "a whole number of characters, 1 or more, such as 10000");
    return config;
}

}  // namespace

Config read_config(const std::string& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw UserError(Location{path}, "config file not found: check the path given to --config");
    return parse_config(path, read_file_bytes(path));
}

Config parse_config(const std::string& path, const std::string& text) {
    const SourceText source(path, text);
    try {
        const YAML::Node root = YAML::Load(text);
        return config_from(source, root, path);
    } catch (const YAML::Exception& yaml) {
        throw UserError(source.at(yaml.mark), "invalid YAML: " + yaml.msg);
    }
}

std::optional<std::string> find_config(const std::string& folder) {
    std::error_code error;
    fs::path dir = fs::absolute(folder.empty() ? fs::path(".") : fs::path(folder), error).lexically_normal();
    while (!error) {
        const fs::path candidate = dir / kConfigFileName;
        std::error_code missing;  // a folder without a config is the common case, not an error
        if (fs::is_regular_file(candidate, missing)) return candidate.string();
        if (!dir.has_parent_path() || dir.parent_path() == dir) break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

const char* starter_config() {
    return R"(# claimcheck configuration for this repository. claimcheck reads the nearest .claimcheck.yml
# above each file it checks; `claimcheck check --config FILE` uses FILE for every file instead.
# Every key is optional; an unknown key is an error. Check ids: `claimcheck rules list`.

# Rule packs: folders of *.yml rule files, relative to this file. `builtin` is the pack
# claimcheck ships with; a folder alone replaces it.
# rules: [builtin, newsroom-rules]

# Checks to switch on or off.
# enable: [relayed-statement]
# disable: [loaded-verb]

# Severity per check: error, warning or info.
# severity:
#   unattributed-quote: error

# Words added to the pack's lexicons (names as in rules/en/lexicons-*.yml).
# lexicons:
#   vague-heads: [pundits, insiders]

# Your own people, offices and aliases: an alias reads as the entity it names, and an
# affiliation puts an entity on a side (an official and their office count as one source).
# aliases:
#   City Hall: Springfield City Council
# affiliations:
#   Springfield City Council: Springfield

# Files and folders to skip when checking a folder (globs relative to this file's folder).
# ignore: ["archive/*", "*.draft.md"]

# Exit 1 when a finding is at or above this level: error, warning, info or never.
fail-on: error

# Limits on what one input may hold (over them, an error names the input and the rest still runs).
# max-file-size: 64MB          # a file, a JSON Lines record, a part of a .docx once unpacked
# max-sentence-length: 10000   # characters; a longer sentence is reported, not analysed
)";
}

std::string write_starter_config(const std::string& folder) {
    const std::string path = (fs::path(folder) / kConfigFileName).string();
    std::error_code error;
    if (fs::exists(path, error)) {
        throw UserError(Location{path}, "a config is already there and is left as it is: edit it, or remove it first "
                                        "to start again");
    }
    std::ofstream out(path, std::ios::binary);
    out << starter_config();
    if (!out.flush()) throw UserError(Location{path}, "cannot write the config here: check the folder exists and is writable");
    return path;
}

}  // namespace claimcheck
