// `claimcheck check` and `sources` over their inputs: options for reading them, and the run
// that loads, checks and hands over every document in input order.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch.hpp"
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
    LimitOverrides limits;
};

// --input-format, --text-field, --id-field, --stdin-filename, --ignore, --jobs,
// --max-file-size, --max-sentence-length.
void add_input_options(CLI::App* command, InputOptions& options);

struct RunTally {
    bool had_error = false;  // some input could not be checked (exit status 2)
    bool failed = false;     // some document has a finding at or above its fail-on level
    std::size_t documents = 0;
};

// What happens to each checked document. On the thread that checked it (thread-safe, then):
// `settle` (optional) may drop findings (a baseline) before the rest count towards the exit
// status; `render` (optional) trims it for the report and renders its part. On the calling
// thread, in input order: `take` gets it with that rendering.
struct DocumentSink {
    std::function<void(CheckedDocument&)> settle;
    std::function<std::string(CheckedDocument&)> render;
    std::function<void(CheckedDocument&&, const std::string& rendered)> take;
};

// Checks every input of `paths` (none: stdin), each with its setup, and hands each checked
// document to `sink`. An input that cannot be read is reported on `err` and the others still run.
RunTally check_all(SetupResolver& setups, const std::vector<std::string>& paths, const InputOptions& options,
                   std::istream& in, std::ostream& err, const DocumentSink& sink);

}  // namespace claimcheck
