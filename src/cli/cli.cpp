#include "cli/cli.hpp"

#include <unistd.h>

#include <atomic>
#include <mutex>

#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/baseline.hpp"
#include "cli/check_inputs.hpp"
#include "cli/check_setup.hpp"
#include "cli/inputs.hpp"
#include "cli/report_output.hpp"
#include "cli/rules_command.hpp"
#include "eval/eval_report.hpp"
#include "eval/evaluate.hpp"
#include "report/json_report.hpp"
#include "report/report.hpp"
#include "report/report_stream.hpp"
#include "server/server.hpp"

namespace claimcheck {

namespace {

struct CheckOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string output;
    std::string fail_on;  // empty: the config's, else error
    std::string config;
    std::string baseline, write_baseline;
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

bool terminal_colour(const std::string& mode, const std::string& output) {
    if (mode == "always") return true;
    if (mode == "never" || !output.empty()) return false;
    return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

// Runs `write` on standard output, or on the file `path` when one is given (--output).
void write_output(const std::string& path, std::ostream& out, const std::function<void(std::ostream&)>& write) {
    ReportOutput output(path, out);
    write(output.stream());
    output.close();
}

// claimcheck never writes to its inputs: a report over a file it checks is refused before anything
// runs (a folder's walk leaves the report out, DocumentFeed).
void refuse_output_over_input(const std::string& output, const std::vector<std::string>& paths) {
    if (output.empty()) return;
    const std::string target = canonical_path(output);
    for (const std::string& path : paths) {
        if (path != "-" && canonical_path(path) == target)
            throw UserError(Location{}, "--output " + output + " is one of the files to check: write the report to another file");
    }
}

// Each document is reported as soon as its turn comes and then released (ReportStream).
int run_check(const CommonOptions& common, const CheckOptions& options, InputOptions inputs, std::ostream& out,
              std::ostream& err) {
    auto format = parse_report_format(options.format);
    if (!format) throw UserError(Location{}, "--format " + options.format + ": unknown format (see `claimcheck check --help`)");
    refuse_output_over_input(options.output, options.paths);
    inputs.settings.output = options.output;
    SetupResolver setups(common, options.config, options.fail_on, inputs.limits);
    const RulePack& pack = setups.setup_for(options.paths.empty() ? "-" : options.paths.front()).engine->pack();
    const Severity minimum = parse_severity(options.min_severity).value_or(Severity::Info);
    ReportOptions report;
    report.color = terminal_colour(options.color, options.output);
    report.link_base = options.link_base;
    ReportOutput output(options.output, out);
    std::optional<ReportStream> stream;
    const auto report_stream = [&]() -> ReportStream& {
        if (!stream) stream.emplace(output.stream(), *format, pack, report);
        return *stream;
    };
    std::optional<Baseline> accepted;
    if (!options.baseline.empty()) accepted = Baseline::read(options.baseline);
    Baseline current;
    std::mutex current_mutex;
    std::atomic<std::size_t> baselined = 0;
    DocumentSink sink;
    sink.settle = [&](CheckedDocument& checked) {
        if (!options.write_baseline.empty()) {
            std::lock_guard lock(current_mutex);
            current.add(checked);
        }
        if (accepted) baselined += accepted->filter(checked);
    };
    sink.render = [&](CheckedDocument& checked) {
        std::erase_if(checked.findings, [&](const Finding& finding) { return finding.severity < minimum; });
        return ReportStream::render(*format, checked, report);
    };
    sink.take = [&](CheckedDocument&& checked, const std::string& rendered) {
        report_stream().add(std::move(checked), rendered);
    };
    const RunTally tally = check_all(setups, options.paths, inputs, std::cin, err, sink);
    if (tally.documents == 0 && tally.had_error) return kExitError;  // the errors said it all
    report_stream().finish();
    output.close();
    if (baselined > 0) err << "claimcheck: " << baselined.load() << " finding(s) accepted in " << options.baseline << " not reported\n";
    if (!options.write_baseline.empty()) {
        current.write(options.write_baseline);
        return tally.had_error ? kExitError : kExitClean;  // what was just accepted fails nothing
    }
    // The exit status counts every finding, also those --min-severity hides from the report.
    return tally.had_error ? kExitError : tally.failed ? kExitFindings : kExitClean;
}

int run_sources(const CommonOptions& common, const std::string& config, const std::vector<std::string>& paths,
                const InputOptions& inputs, bool json, std::ostream& out, std::ostream& err) {
    SetupResolver setups(common, config, "never", inputs.limits);
    std::vector<CheckedDocument> results;
    DocumentSink sink;
    sink.take = [&](CheckedDocument&& checked, const std::string&) { results.push_back(std::move(checked)); };
    const RunTally tally = check_all(setups, paths, inputs, std::cin, err, sink);
    write_sources(out, results, json);
    return tally.had_error ? kExitError : kExitClean;
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
    InputOptions inputs;

    auto* check_cmd = app.add_subcommand("check", "Check drafts (files, folders or - for stdin)");
    check_cmd->add_option("paths", check.paths, "Files or folders (.txt .md .html .docx .jsonl); - reads stdin");
    check_cmd->add_option("--format", check.format, "Report format")
        ->check(CLI::IsMember(report_format_names()))
        ->default_str("text");
    check_cmd->add_option("--output,-o", check.output, "Write the report to FILE");
    check_cmd->add_option("--config", check.config, "Use this config file instead of the nearest .claimcheck.yml");
    check_cmd->add_option("--baseline", check.baseline, "Leave out (and never fail on) the findings accepted in FILE");
    check_cmd->add_option("--write-baseline", check.write_baseline, "Write every finding of this run to FILE as accepted");
    check_cmd->add_option("--fail-on", check.fail_on, "Exit 1 on findings at or above: error|warning|info|never")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}))->default_str("error");
    check_cmd->add_option("--min-severity", check.min_severity, "Hide findings below: error|warning|info")
        ->check(CLI::IsMember({"error", "warning", "info"}))->default_str("info");
    check_cmd->add_option("--color", check.color, "auto|always|never")->check(CLI::IsMember({"auto", "always", "never"}));
    check_cmd->add_option("--link-base", check.link_base,
                          "Prefix for the file links of --format markdown (e.g. https://github.com/ORG/REPO/blob/SHA/)");
    add_common(check_cmd, common);
    add_input_options(check_cmd, inputs);

    std::vector<std::string> source_paths;
    bool sources_json = false;
    auto* sources_cmd = app.add_subcommand("sources", "Who is quoted, how often, and which claims rest on them");
    sources_cmd->add_option("paths", source_paths, "Files or folders");
    sources_cmd->add_flag("--json", sources_json, "JSON instead of a table");
    add_common(sources_cmd, common);
    add_input_options(sources_cmd, inputs);
    sources_cmd->add_option("--config", check.config, "Use this config file instead of the nearest .claimcheck.yml");

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

    std::string init_folder = ".";
    auto* init_cmd = app.add_subcommand("init", "Write a commented starter .claimcheck.yml (never overwrites one)");
    init_cmd->add_option("folder", init_folder, "Where to write it (default: here)");

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
        if (*check_cmd) return run_check(common, check, inputs, out, err);
        if (*sources_cmd) return run_sources(common, check.config, source_paths, inputs, sources_json, out, err);
        if (*eval_cmd) return run_eval(common, eval, out);
        if (*init_cmd) {
            const std::string written = write_starter_config(init_folder);
            out << "Wrote " << written << ": uncomment what your newsroom needs.\n";
            return kExitClean;
        }
        if (*serve_cmd) return run_serve(Engine(load_pack(common)), serve, out, err);
        // `rules` commands validate the pack in full (they are how a rule author checks it).
        Engine engine(load_pack(common, nullptr, PackValidation::Full));
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
