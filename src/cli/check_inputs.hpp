// `claimcheck check` and `sources` over their inputs: options for reading them, and the run
// that loads, checks and hands over every document in input order.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/document_feed.hpp"
#include "pipeline/pipeline.hpp"

namespace CLI {
class App;
}

namespace claimcheck {

struct InputOptions {
    InputSettings settings;
    unsigned jobs = 0;  // 0: one per core
};

// --input-format, --text-field, --id-field, --stdin-filename, --ignore, --jobs.
void add_input_options(CLI::App* command, InputOptions& options);

struct RunTally {
    bool had_error = false;             // some input could not be checked (exit status 2)
    std::optional<Severity> worst;      // the highest severity of any finding
    std::size_t documents = 0;
};

// Checks every input of `paths` (none: stdin) and gives each checked document to `on_document`
// in input order. An input that cannot be read is reported on `err` and the others still run.
RunTally check_all(const Engine& engine, const std::vector<std::string>& paths, const InputOptions& options,
                   std::istream& in, std::ostream& err, const std::function<void(CheckedDocument&&)>& on_document);

}  // namespace claimcheck
