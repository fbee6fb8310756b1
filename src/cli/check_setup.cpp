#include "cli/check_setup.hpp"

#include <filesystem>

#include "cli/inputs.hpp"
#include "common/error.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

std::vector<RuleFile> config_rule_files(const Config& config) {
    std::vector<RuleFile> files;
    for (const rules::LocatedString& entry : config.rules) {
        std::vector<RuleFile> more;
        if (entry.text == "builtin") {
            more = builtin_rule_files();
        } else {
            const fs::path dir = fs::path(config.dir) / entry.text;
            std::error_code error;
            if (!fs::is_directory(dir, error))
                throw UserError(entry.where, "rule folder '" + entry.text + "' not found: folders in the config are relative to its own folder");
            more = read_rule_pack_dir(dir.string());
        }
        files.insert(files.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    return files;
}

Check& config_check(RulePack& pack, const rules::LocatedString& id) {
    Check* check = pack.check(id.text);
    if (!check) throw UserError(id.where, "no check '" + id.text + "' in the rule pack (see `claimcheck rules list`)");
    return *check;
}

void apply_config_checks(RulePack& pack, const Config& config) {
    for (const auto& id : config.enable) config_check(pack, id).enabled = true;
    for (const auto& id : config.disable) config_check(pack, id).enabled = false;
    for (const auto& [id, level] : config.severity) config_check(pack, id).severity = *parse_severity(level.text);
}

void apply_command_line_checks(RulePack& pack, const CommonOptions& common) {
    auto set_enabled = [&](const std::vector<std::string>& ids, bool enabled, const char* flag) {
        for (const auto& id : ids) {
            Check* check = pack.check(id);
            if (!check)
                throw UserError(Location{}, std::string(flag) + " " + id + ": no such check (see `claimcheck rules list`)");
            check->enabled = enabled;
        }
    };
    set_enabled(common.enable, true, "--enable");
    set_enabled(common.disable, false, "--disable");
}

RulePack base_pack(const CommonOptions& common, const Config* config, PackValidation validation) {
    if (!common.rules_dir.empty()) {
        std::vector<RuleFile> files = read_rule_pack_dir(common.rules_dir);
        return load_rule_pack(fs::path(common.rules_dir).lexically_normal().filename().string(), files,
                              config ? &config->extension : nullptr);
    }
    if (!config || config->rules.empty())  // the built-in pack, as quick to load as without a config
        return load_builtin_pack(validation, config ? &config->extension : nullptr);
    return load_rule_pack("config", config_rule_files(*config), &config->extension);
}

std::string folder_of(const std::string& input) {
    if (input == "-") return ".";
    const fs::path parent = fs::path(input).parent_path();
    return parent.empty() ? "." : parent.string();
}

}  // namespace

RulePack load_pack(const CommonOptions& common, const Config* config, PackValidation validation) {
    RulePack pack = base_pack(common, config, validation);
    if (config) apply_config_checks(pack, *config);
    apply_command_line_checks(pack, common);
    return pack;
}

Limits resolve_limits(const LimitOverrides& command_line, const Config* config) {
    Limits limits;
    if (config && config->max_file_size) limits.max_file_size = *config->max_file_size;
    if (config && config->max_sentence_length) limits.max_sentence_length = *config->max_sentence_length;
    if (command_line.max_file_size) limits.max_file_size = *command_line.max_file_size;
    if (command_line.max_sentence_length) limits.max_sentence_length = *command_line.max_sentence_length;
    return limits;
}

SetupResolver::SetupResolver(CommonOptions common, std::string config_path, std::string fail_on, LimitOverrides limits)
    : common_(std::move(common)), config_path_(std::move(config_path)), fail_on_(std::move(fail_on)), limits_(limits) {
    if (!config_path_.empty()) config_for("-");
}

const Config* SetupResolver::config_for(const std::string& input) {
    std::optional<std::string> path = config_path_;
    if (config_path_.empty()) {
        const std::string folder = folder_of(input);
        auto found = found_.find(folder);
        if (found == found_.end()) found = found_.emplace(folder, find_config(folder)).first;
        path = found->second;
    }
    if (!path) return nullptr;
    if (const auto failed = config_errors_.find(*path); failed != config_errors_.end()) throw failed->second;
    auto& slot = configs_[*path];
    if (slot) return slot.get();
    try {
        slot = std::make_unique<Config>(read_config(*path));
    } catch (const UserError& error) {
        config_errors_.emplace(*path, error);
        throw;
    }
    return slot.get();
}

const CheckSetup& SetupResolver::setup_for(const std::string& input) {
    const Config* config = config_for(input);
    const std::string key = config ? config->path : "";
    if (const auto failed = config_errors_.find(key); failed != config_errors_.end()) throw failed->second;
    if (const auto known = setups_.find(key); known != setups_.end()) return known->second;
    CheckSetup setup;
    setup.limits = resolve_limits(limits_, config);
    try {
        setup.engine = std::make_unique<Engine>(load_pack(common_, config), setup.limits.max_sentence_length);
    } catch (const UserError& error) {
        config_errors_.emplace(key, error);  // every file under this config has the same problem
        throw;
    }
    const std::string level = !fail_on_.empty() ? fail_on_ : config && config->fail_on ? config->fail_on->text : "error";
    setup.fail_on = parse_severity(level);
    return setups_.emplace(key, std::move(setup)).first->second;
}

bool SetupResolver::ignores(const std::string& file) {
    const Config* config = config_for(file);
    if (!config || config->ignore.empty()) return false;
    std::error_code error;
    const fs::path base = fs::absolute(config->dir.empty() ? "." : config->dir, error);
    const std::string relative = fs::absolute(file, error).lexically_normal().lexically_relative(base.lexically_normal()).generic_string();
    return is_ignored(relative, config->ignore);
}

}  // namespace claimcheck
