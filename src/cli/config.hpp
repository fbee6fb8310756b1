// A newsroom's repository config, `.claimcheck.yml`: which rule packs and checks, severities,
// extra lexicon words, its own people and offices, files to skip, and when to fail. Found by
// walking up from each checked file (the nearest one wins) or given with --config FILE.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rules/pack_extension.hpp"
#include "rules/yaml_reader.hpp"

namespace claimcheck {

inline constexpr const char* kConfigFileName = ".claimcheck.yml";

struct Config {
    std::string path;  // as found or given
    std::string dir;   // the folder paths in it are relative to
    std::vector<rules::LocatedString> rules;  // rule folders, or "builtin"; empty: the built-in pack
    std::vector<rules::LocatedString> enable, disable;
    std::vector<std::pair<rules::LocatedString, rules::LocatedString>> severity;  // check id → level
    rules::PackExtension extension;  // lexicons, aliases, affiliations
    std::vector<std::string> ignore;  // globs, relative to `dir`
    std::optional<rules::LocatedString> fail_on;
    std::optional<std::uint64_t> max_file_size;       // bytes (Limits::max_file_size)
    std::optional<std::size_t> max_sentence_length;   // characters (Limits::max_sentence_length)
};

// Reads and validates `path`. Throws UserError at FILE:LINE:COL for malformed YAML, an unknown
// key, a value of the wrong type, an unknown severity or fail-on level, or a limit that is not a
// size (max-file-size: 64MB, 512K, or bytes) or a whole number (max-sentence-length).
Config read_config(const std::string& path);
// The same checks on `text`, the content of a config at `path` (which sets Config::dir).
Config parse_config(const std::string& path, const std::string& text);

// The nearest `.claimcheck.yml` in `folder` or one of its parents, or nullopt.
std::optional<std::string> find_config(const std::string& folder);

// The commented starter config `claimcheck init` writes.
const char* starter_config();

// `claimcheck init`: writes the starter config into `folder` and returns its path. Throws
// UserError when one is there already (it is never overwritten) or it cannot be written.
std::string write_starter_config(const std::string& folder);

}  // namespace claimcheck
