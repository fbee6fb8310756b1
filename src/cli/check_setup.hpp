// What a document is checked with: the engine (rule pack, checks, severities) and the level
// that fails the run, from the command line and the document's config (.claimcheck.yml). The
// command line wins over the config; documents under one config share one engine.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/config.hpp"
#include "common/error.hpp"
#include "common/limits.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

// --rules, --enable, --disable.
struct CommonOptions {
    std::string rules_dir;
    std::vector<std::string> enable, disable;
};

// The pack of `config` (when given) with the command line's choices on top. Throws UserError at
// the config's line and column for a rule folder, lexicon or check id that does not exist.
// `validation`: Full for the `rules` commands (how a rule author checks a pack).
RulePack load_pack(const CommonOptions& common, const Config* config = nullptr,
                   PackValidation validation = PackValidation::SkipUnusedFragments);

struct CheckSetup {
    std::unique_ptr<Engine> engine;   // built with limits.max_sentence_length
    std::optional<Severity> fail_on;  // nullopt: never fail
    Limits limits;
};

// The command line's limits, else the config's, else the defaults.
Limits resolve_limits(const LimitOverrides& command_line, const Config* config);

class SetupResolver {
public:
    // `config_path`: --config (empty: look for .claimcheck.yml); `fail_on`: --fail-on (empty:
    // the config's, else error); `limits`: --max-file-size and --max-sentence-length. An
    // explicit config is read at once, so its errors come first.
    SetupResolver(CommonOptions common, std::string config_path, std::string fail_on, LimitOverrides limits = {});

    // For a checked path ("-" is looked up from the current folder). Throws UserError for a
    // config or pack that cannot be loaded.
    const CheckSetup& setup_for(const std::string& input);
    // Whether the config of `file` (found inside a walked folder) says to skip it.
    bool ignores(const std::string& file);

private:
    const Config* config_for(const std::string& input);

    CommonOptions common_;
    std::string config_path_;
    std::string fail_on_;
    LimitOverrides limits_;
    std::map<std::string, std::optional<std::string>> found_;   // folder → nearest config
    std::map<std::string, std::unique_ptr<Config>> configs_;    // path → config
    std::map<std::string, UserError> config_errors_;            // path → why it cannot be read, said once per file
    std::map<std::string, CheckSetup> setups_;                  // config path ("" for none) → setup
};

}  // namespace claimcheck
