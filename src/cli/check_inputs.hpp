// `claimcheck check` and `sources` over their inputs: options for reading them, and the run
// that loads, checks and hands over every document in input order.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/check_setup.hpp"
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
    bool had_error = false;  // some input could not be checked (exit status 2)
    bool failed = false;     // some document has a finding at or above its fail-on level
    std::size_t documents = 0;
};

// Checks every input of `paths` (none: stdin), each with its setup, and gives each checked
// document to `on_document` in input order, before --min-severity or anything else drops a
// finding from it. An input that cannot be read is reported on `err` and the others still run.
RunTally check_all(SetupResolver& setups, const std::vector<std::string>& paths, const InputOptions& options,
                   std::istream& in, std::ostream& err, const std::function<void(CheckedDocument&&)>& on_document);

}  // namespace claimcheck
