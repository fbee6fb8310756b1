// .claimcheck.yml: found by walking up from each file or given with --config; what it changes;
// its errors at file:line:column; `claimcheck init`.
#include <doctest/doctest.h>

#include <string>

#include "cli/config.hpp"
#include "cli_runner.hpp"
#include "common/error.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

const std::string kDraft = "Soothsayers say the plan will fail.\n\nCritics say so too.\n";

std::string config_error(const std::string& yaml) {
    TempDir dir;
    const std::string path = dir.write(".claimcheck.yml", yaml);
    try {
        read_config(path);
    } catch (const UserError& error) {
        return error.what();
    }
    return "";
}

std::string after_path(const std::string& message, const TempDir& dir) {
    const std::string prefix = (dir.path() / ".claimcheck.yml").string();
    const std::size_t at = message.find(prefix);
    return at == std::string::npos ? message : message.substr(at + prefix.size());
}

}  // namespace

TEST_CASE("config: the nearest config above a file sets checks, severities, words, ignores and fail-on") {
    TempDir dir;
    dir.write("newsroom/.claimcheck.yml",
              "disable: [single-source-claim]\n"
              "severity:\n  vague-source: info\n"
              "lexicons:\n  vague-heads: [soothsayers]\n"
              "ignore: [\"stories/archive/*\"]\n"
              "fail-on: info\n");
    dir.write("newsroom/stories/today.md", kDraft);
    dir.write("newsroom/stories/archive/old.md", kDraft);
    const std::string stories = shell_quoted((dir.path() / "newsroom/stories").string());
    RunResult run = run_claimcheck("check --format json " + stories);
    CHECK(run.err.empty());
    CHECK(run.exit_code == 1);  // fail-on: info
    CHECK(run.out.find("today.md") != std::string::npos);
    CHECK(run.out.find("old.md") == std::string::npos);
    CHECK(run.out.find("single-source-claim") == std::string::npos);
    CHECK(run.out.find("\"message\": \"Vague source 'Soothsayers'") != std::string::npos);
    CHECK(run.out.find("\"findings\": {\n      \"error\": 0,\n      \"warning\": 0,\n      \"info\": 2") != std::string::npos);
    // The command line wins over the config.
    CHECK(run_claimcheck("check --fail-on error " + stories).exit_code == 0);
    // Without the config (another folder), the built-in pack does not know the word.
    dir.write("elsewhere/today.md", kDraft);
    RunResult plain = run_claimcheck("check --format json " + shell_quoted((dir.path() / "elsewhere").string()));
    CHECK(plain.out.find("Soothsayers'") == std::string::npos);
}

TEST_CASE("config: --config FILE applies one config to every input; aliases and affiliations extend the pack's") {
    TempDir dir;
    const std::string config = dir.write("team.yml",
                                         "aliases:\n  City Hall: Springfield City Council\n"
                                         "affiliations:\n  Springfield City Council: Springfield\n");
    const std::string draft = dir.write("story.txt", "City Hall said the bridge would close.\n");
    RunResult run = run_claimcheck("sources --json --config " + shell_quoted(config) + " " + shell_quoted(draft));
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("\"name\": \"Springfield City Council\",\n          \"kind\": \"organization\",\n          \"side\": "
                       "\"Springfield\"") != std::string::npos);
}

TEST_CASE("config: mistakes are errors at their line and column that say what to do") {
    TempDir dir;
    CHECK(config_error("fail-on: error\nenabel: [x]\n").find(":2:1: unknown key 'enabel' in the config (allowed: rules, "
                                                            "enable, disable, severity, lexicons, aliases, affiliations, "
                                                            "ignore, fail-on, max-file-size, max-sentence-length)") != std::string::npos);
    CHECK(config_error("severity:\n  vague-source: loud\n").find(":2:17: unknown level 'loud' for check 'vague-source' "
                                                                 "(allowed: error, warning, info)") != std::string::npos);
    CHECK(config_error("fail-on: sometimes\n").find(":1:10: unknown level 'sometimes' for fail-on (allowed: error, "
                                                    "warning, info, never)") != std::string::npos);
    CHECK(config_error("ignore: [a\n").find("invalid YAML") != std::string::npos);
    CHECK(config_error("# nothing yet\n").empty());

    const std::string draft = dir.write("story.md", kDraft);
    dir.write(".claimcheck.yml", "fail-on: error\nseverity:\n  vauge-source: error\n");
    RunResult run = run_claimcheck("check " + shell_quoted(draft));
    CHECK(run.exit_code == 2);
    CHECK(after_path(run.err, dir) == ":3:3: no check 'vauge-source' in the rule pack (see `claimcheck rules list`)\n");
    dir.write(".claimcheck.yml", "lexicons:\n  vague-heeds: [pundits]\n");
    CHECK(after_path(run_claimcheck("check " + shell_quoted(draft)).err, dir) ==
          ":2:3: the rule pack has no lexicon 'vague-heeds': use a name from the pack's lexicons (rules/en/lexicons-*.yml)\n");
    dir.write(".claimcheck.yml", "rules: [builtin, house-rules]\n");
    CHECK(after_path(run_claimcheck("check " + shell_quoted(draft)).err, dir) ==
          ":1:18: rule folder 'house-rules' not found: folders in the config are relative to its own folder\n");
}

TEST_CASE("config: `claimcheck init` writes a starter config that works, and never overwrites one") {
    TempDir dir;
    const std::string folder = shell_quoted(dir.path().string());
    RunResult first = run_claimcheck("init " + folder);
    CHECK(first.exit_code == 0);
    CHECK(read_all(dir.path() / ".claimcheck.yml") == starter_config());
    dir.write("story.md", kDraft);
    CHECK(run_claimcheck("check " + shell_quoted((dir.path() / "story.md").string())).err.empty());
    dir.write(".claimcheck.yml", "fail-on: never\n");
    RunResult second = run_claimcheck("init " + folder);
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("a config is already there and is left as it is") != std::string::npos);
    CHECK(read_all(dir.path() / ".claimcheck.yml") == "fail-on: never\n");
}
