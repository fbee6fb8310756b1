// The inputs of a run as a stream of loading tasks, in input order: one per file, one per record
// of a JSON Lines archive. Paths are expanded and archives read lazily, record by record, so an
// archive of any size is never held in memory; the loading itself (reading a file, decoding a
// record, parsing) happens in the task, on whichever thread runs it.
#pragma once

#include <functional>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/check_setup.hpp"
#include "cli/inputs.hpp"
#include "document/document.hpp"
#include "document/jsonl.hpp"

namespace claimcheck {

struct InputSettings {
    std::string input_format = "auto";  // or a name parse_input_format takes
    JsonlFields fields;
    std::string stdin_filename;  // the name stdin's document has in the report and picks its format
    std::vector<std::string> ignore;
    std::string output;  // the report's file (--output): never read as a draft from a folder
};

// Loads one document; throws UserError (a file that cannot be read, a broken record).
struct LoadTask {
    std::string label;  // the input it reads, for errors that are not UserErrors
    std::function<Document()> load;
    const CheckSetup* setup = nullptr;  // what to check it with; null for a task that only fails
};

class DocumentFeed {
public:
    // `stdin_stream` is read for the path "-". Throws UserError for an unknown input format.
    // `setups` gives each input its engine and says which files of a folder its config skips.
    DocumentFeed(std::vector<std::string> paths, InputSettings settings, std::istream& stdin_stream,
                 SetupResolver& setups);
    ~DocumentFeed();

    // The next task, or nullopt when every input has been handed out. A path that does not
    // exist comes out as a task that throws its error, in its place in the order.
    std::optional<LoadTask> next();

private:
    InputFormat format_for(const std::string& name) const;
    std::optional<LoadTask> next_record();
    LoadTask file_task(const std::string& path);
    std::string display_name(const std::string& path) const;
    void open_archive(const std::string& path);

    std::vector<std::string> paths_;
    std::size_t next_path_ = 0;
    bool skipped_in_folder(const std::string& file);

    std::vector<InputEntry> files_;  // the expansion of the current path
    std::size_t next_file_ = 0;
    InputSettings settings_;
    std::optional<InputFormat> forced_format_;
    std::string output_;  // canonical_path of settings_.output, or empty
    std::istream& stdin_;
    SetupResolver& setups_;
    std::string archive_name_;
    const CheckSetup* archive_setup_ = nullptr;
    std::unique_ptr<std::ifstream> archive_file_;
    std::unique_ptr<JsonlReader> archive_;
};

}  // namespace claimcheck
