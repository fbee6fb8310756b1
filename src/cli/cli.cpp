#include "cli/cli.hpp"

#include <unistd.h>

#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/inputs.hpp"
#include "cli/rules_command.hpp"
#include "document/load.hpp"
#include "eval/eval_report.hpp"
#include "eval/evaluate.hpp"
#include "report/json_report.hpp"
#include "report/report.hpp"
#include "server/server.hpp"

namespace claimcheck {

namespace {

struct CommonOptions {
    std::string rules_dir;
    std::vector<std::string> enable, disable;
};

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string output;
    std::string fail_on = "error";
    std::string min_severity = "info";
    std::string color = "auto";
    std::string link_base;  // prefix of the Markdown report's file links
};

struct EvalOptions {
    std::string gold;
    std::size_t errors = 0;  // misses and false alarms to show; 0 shows none
    std::string format = "text";
    std::string output;
};

void print_error(std::ostream& err, const std::string& message) { err << "claimcheck: error: " << message << '\n'; }

RulePack load_pack(const CommonOptions& common, PackValidation validation = PackValidation::SkipUnusedFragments) {
    RulePack pack = common.rules_dir.empty() ? load_builtin_pack(validation) : load_rule_pack_dir(common.rules_dir);
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
    return pack;
}

Document read_input(const std::string& path) {
    if (path != "-") return load_file(path);
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return load_document("-", std::move(bytes), InputFormat::Text);
}

// Checks every input; an input that cannot be read is reported and the others still run.
std::vector<CheckedDocument> check_inputs(const Engine& engine, const std::vector<std::string>& paths,
                                          std::ostream& err, bool& had_error) {
    std::vector<CheckedDocument> results;
    std::vector<std::string> files;
    for (const auto& path : paths) {
        try {
            auto found = expand_inputs({path});
            files.insert(files.end(), found.begin(), found.end());
        } catch (const UserError& error) {
            print_error(err, error.what());
            had_error = true;
        }
    }
    for (const auto& file : files) {
        try {
            results.push_back(engine.check(read_input(file)));
        } catch (const UserError& error) {
            print_error(err, error.what());
            had_error = true;
        }
    }
    return results;
}

bool terminal_colour(const std::string& mode, const std::string& output) {
    if (mode == "always") return true;
    if (mode == "never" || !output.empty()) return false;
    return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

int exit_for(const std::vector<CheckedDocument>& results, const std::string& fail_on) {
    if (fail_on == "never") return kExitClean;
    Severity threshold = parse_severity(fail_on).value_or(Severity::Error);
    for (const auto& result : results)
        for (const auto& finding : result.findings)
            if (finding.severity >= threshold) return kExitFindings;
    return kExitClean;
}

void drop_below(std::vector<CheckedDocument>& results, Severity minimum) {
    for (auto& result : results)
        std::erase_if(result.findings, [&](const Finding& finding) { return finding.severity < minimum; });
}

// Runs `write` on standard output, or on the file `path` when one is given (--output).
void write_output(const std::string& path, std::ostream& out, const std::function<void(std::ostream&)>& write) {
    if (path.empty()) {
        write(out);
        return;
    }
    std::ofstream file(path, std::ios::binary);
    if (!file) throw UserError(Location{path}, "cannot write the report here: check the folder exists and is writable");
    write(file);
    if (!file.flush()) throw UserError(Location{path}, "writing the report failed: check the disk space");
}

int run_check(const CommonOptions& common, const CheckOptions& options, std::ostream& out, std::ostream& err) {
    auto format = parse_report_format(options.format);
    if (!format) throw UserError(Location{}, "--format " + options.format + ": unknown format (see `claimcheck check --help`)");
    Engine engine(load_pack(common));
    bool had_error = false;
    auto results = check_inputs(engine, options.paths.empty() ? std::vector<std::string>{"-"} : options.paths, err, had_error);
    // The exit status counts every finding, also those --min-severity hides from the report.
    const int status = had_error ? kExitError : exit_for(results, options.fail_on);
    drop_below(results, parse_severity(options.min_severity).value_or(Severity::Info));
    if (results.empty() && had_error) return kExitError;  // the errors said it all
    ReportOptions report;
    report.color = terminal_colour(options.color, options.output);
    report.link_base = options.link_base;
    write_output(options.output, out,
                 [&](std::ostream& stream) { write_report(stream, *format, results, engine.pack(), report); });
    return status;
}

int run_sources(const CommonOptions& common, const std::vector<std::string>& paths, bool json, std::ostream& out,
                std::ostream& err) {
    Engine engine(load_pack(common));
    bool had_error = false;
    auto results = check_inputs(engine, paths.empty() ? std::vector<std::string>{"-"} : paths, err, had_error);
    write_sources(out, results, json);
    return had_error ? kExitError : kExitClean;
}

// The gold file is read before the rule pack is compiled, so a typo in its path fails at once.
int run_eval(const CommonOptions& common, const EvalOptions& options, std::ostream& out) {
    const std::vector<GoldArticle> articles = read_gold_file(options.gold);
    const Engine engine(load_pack(common));
    const EvalResult result = evaluate(engine, articles, options.errors);
    const bool with_errors = options.errors > 0;
    write_output(options.output, out, [&](std::ostream& stream) {
        if (options.format == "json") {
            write_json(stream, eval_json(options.gold, result, with_errors));
        } else {
            write_eval_text(stream, options.gold, result, with_errors);
        }
    });
    return kExitClean;
}

// CLI11 would read "-1" into an unsigned count as a huge number; only digits are accepted.
CLI::Validator whole_number() {
    return CLI::Validator(
        [](const std::string& value) {
            const bool digits = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
            return digits ? std::string() : std::string("must be a whole number, 0 or more");
        },
        "N");
}

void add_rules_option(CLI::App* command, CommonOptions& common) {
    command->add_option("--rules", common.rules_dir, "Use the rule pack in DIR instead of the built-in one");
}

void add_common(CLI::App* command, CommonOptions& common) {
    add_rules_option(command, common);
    // One id per flag, so that a path after `--disable ID` is still a path.
    command->add_option("--enable", common.enable, "Enable check ID (repeatable)")->allow_extra_args(false);
    command->add_option("--disable", common.disable, "Disable check ID (repeatable)")->allow_extra_args(false);
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"claimcheck: flags unsourced claims, vague, agentless and anonymous sources, loaded verbs\n"
                 "and single-source stories in news drafts."};
    app.set_version_flag("--version", std::string("claimcheck ") + CLAIMCHECK_VERSION);
    app.require_subcommand(1);
    CommonOptions common;
    CheckOptions check;

    auto* check_cmd = app.add_subcommand("check", "Check drafts (files, folders or - for stdin)");
    check_cmd->add_option("paths", check.paths, "Files or folders (.txt, .md); - reads stdin");
    check_cmd->add_option("--format", check.format, "Report format")
        ->check(CLI::IsMember(report_format_names()))
        ->default_str("text");
    check_cmd->add_option("--output,-o", check.output, "Write the report to FILE");
    check_cmd->add_option("--fail-on", check.fail_on, "Exit 1 on findings at or above: error|warning|info|never")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))->default_str("error");
    check_cmd->add_option("--min-severity", check.min_severity, "Hide findings below: error|warning|info")
        ->check(CLI::IsMember({"error", "warning", "info"}))->default_str("info");
    check_cmd->add_option("--color", check.color, "auto|always|never")->check(CLI::IsMember({"auto", "always", "never"}));
    check_cmd->add_option("--link-base", check.link_base,
                          "Prefix for the file links of --format markdown (e.g. https://github.com/ORG/REPO/blob/SHA/)");
    add_common(check_cmd, common);

    std::vector<std::string> source_paths;
    bool sources_json = false;
    auto* sources_cmd = app.add_subcommand("sources", "Who is quoted, how often, and which claims rest on them");
    sources_cmd->add_option("paths", source_paths, "Files or folders");
    sources_cmd->add_flag("--json", sources_json, "JSON instead of a table");
    add_common(sources_cmd, common);

    EvalOptions eval;
    auto* eval_cmd = app.add_subcommand("eval", "Precision, recall and F1 of the attributions against a gold corpus");
    eval_cmd->add_option("gold", eval.gold, "Gold file: JSON Lines, one annotated article per line (- reads stdin)")
        ->required();
    eval_cmd->add_option("--errors", eval.errors, "Show the first N misses and N false alarms")
        ->check(whole_number());
    eval_cmd->add_option("--format", eval.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->default_str("text");
    eval_cmd->add_option("--output,-o", eval.output, "Write the scores to FILE");
    add_rules_option(eval_cmd, common);

    auto* rules_cmd = app.add_subcommand("rules", "The rule pack: list, test or explain its checks");
    rules_cmd->require_subcommand(1);
    add_common(rules_cmd, common);
    rules_cmd->add_subcommand("list", "List the checks with severity and summary")->fallthrough();
    rules_cmd->add_subcommand("test", "Run every pattern's and check's examples and the attribution examples as tests")->fallthrough();
    std::string explain_id;
    auto* explain_cmd = rules_cmd->add_subcommand("explain", "Explain a check: the standards behind it and examples");
    explain_cmd->add_option("id", explain_id, "Check id")->required();
    explain_cmd->fallthrough();

    ServeOptions serve;
    auto* serve_cmd = add_serve_command(app, serve);
    add_common(serve_cmd, common);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        out << app.help(e.get_name().empty() ? "" : "", CLI::AppFormatMode::Normal);
        return kExitClean;
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) {
            std::ostringstream text, ignored;
            app.exit(e, text, ignored);
            out << text.str();
            return kExitClean;
        }
        print_error(err, e.what() + std::string(" (see `claimcheck --help`)"));
        return kExitError;
    }

    try {
        if (*check_cmd) return run_check(common, check, out, err);
        if (*sources_cmd) return run_sources(common, source_paths, sources_json, out, err);
        if (*eval_cmd) return run_eval(common, eval, out);
        if (*serve_cmd) return run_serve(Engine(load_pack(common)), serve, out, err);
        // `rules` commands validate the pack in full (they are how a rule author checks it).
        Engine engine(load_pack(common, PackValidation::Full));
        if (rules_cmd->got_subcommand("list")) {
            list_rules(out, engine.pack());
            return kExitClean;
        }
        if (rules_cmd->got_subcommand("test")) return test_rules(out, engine) == 0 ? kExitClean : kExitFindings;
        if (!explain_rule(out, engine.pack(), explain_id)) {
            print_error(err, "no check '" + explain_id + "' (see `claimcheck rules list`)");
            return kExitError;
        }
        return kExitClean;
    } catch (const UserError& error) {
        print_error(err, error.what());
        return kExitError;
    }
}

}  // namespace claimcheck
