#include "cli/check_inputs.hpp"

#include <unistd.h>

#include <ostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "cli/progress.hpp"

namespace claimcheck {

namespace {

unsigned job_count(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

bool fails(const CheckedDocument& checked, const CheckSetup& setup) {
    if (!setup.fail_on) return false;
    for (const Finding& finding : checked.findings)
        if (finding.severity >= *setup.fail_on) return true;
    return false;
}

ProcessedDocument process(CheckedDocument&& checked, const CheckSetup& setup, const DocumentSink& sink) {
    ProcessedDocument out;
    if (sink.settle) sink.settle(checked);
    out.fails = fails(checked, setup);
    if (sink.render) out.rendered = sink.render(checked);
    out.checked = std::move(checked);
    return out;
}

CLI::Validator byte_size() {
    return CLI::Validator(
        [](const std::string& value) {
            return parse_byte_size(value) ? std::string() : std::string("must be a size such as 64MB, 512K or 1048576 (bytes)");
        },
        "SIZE");
}

CLI::Validator count() {
    return CLI::Validator(
        [](const std::string& value) {
            return parse_count(value) ? std::string() : std::string("must be a whole number, 1 or more");
        },
        "N");
}

void add_limit_options(CLI::App* command, LimitOverrides& limits) {
    command
        ->add_option_function<std::string>(
            "--max-file-size", [&limits](const std::string& value) { limits.max_file_size = parse_byte_size(value); },
            "Refuse inputs larger than SIZE: files, JSON Lines records, unpacked .docx parts (default 64MB)")
        ->check(byte_size());
    command
        ->add_option_function<std::string>(
            "--max-sentence-length",
            [&limits](const std::string& value) { limits.max_sentence_length = parse_count(value); },
            "Report, and do not analyse, sentences longer than N characters (default 10000)")
        ->check(count());
}

}  // namespace

void add_input_options(CLI::App* command, InputOptions& options) {
    InputSettings& settings = options.settings;
    command->add_option("--input-format", settings.input_format, "Read every input as: auto|text|markdown|html|docx|jsonl")
        ->check(CLI::IsMember({"auto", "text", "markdown", "html", "docx", "jsonl"}))
        ->default_str("auto");
    command->add_option("--text-field", settings.fields.text, "JSON Lines: the field holding the story")->default_str("text");
    command->add_option("--id-field", settings.fields.id, "JSON Lines: the field naming the story")->default_str("id");
    command->add_option("--stdin-filename", settings.stdin_filename,
                        "Name of the document read from - (shown in the report; its extension picks the format)");
    command->add_option("--ignore", settings.ignore, "Skip files and folders matching GLOB in folders (repeatable)")
        ->allow_extra_args(false);
    command->add_option("--jobs,-j", options.jobs, "Check N documents at a time (default: one per core)")
        ->check(CLI::PositiveNumber);
    add_limit_options(command, options.limits);
}

RunTally check_all(SetupResolver& setups, const std::vector<std::string>& paths, const InputOptions& options,
                   std::istream& in, std::ostream& err, const DocumentSink& sink) {
    RunTally tally;
    DocumentFeed feed(paths.empty() ? std::vector<std::string>{"-"} : paths, options.settings, in, setups);
    Progress progress(err, isatty(STDERR_FILENO) != 0);
    const auto on_worker = [&](CheckedDocument&& checked, const CheckSetup& setup) {
        return process(std::move(checked), setup, sink);
    };
    const auto report_error = [&](const UserError& error) {
        progress.clear();
        err << "claimcheck: error: " << error.what() << '\n';
        tally.had_error = true;
    };
    run_batch(feed, job_count(options.jobs), on_worker, [&](BatchOutcome&& outcome) {
        if (auto* error = std::get_if<UserError>(&outcome)) {
            report_error(*error);
            return;
        }
        auto& done = std::get<ProcessedDocument>(outcome);
        // Checked in spite of them (replaced bytes, sentences over the limit): errors all the same.
        for (const UserError& problem : done.checked.doc.problems) report_error(problem);
        tally.failed = tally.failed || done.fails;
        ++tally.documents;
        sink.take(std::move(done.checked), done.rendered);
        progress.update(tally.documents);
    });
    progress.clear();
    return tally;
}

}  // namespace claimcheck
