// Turns the paths on the command line into the list of drafts to check.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"

namespace claimcheck {

// A draft to check, or a folder (or file) that could not be read, in its place in the order.
struct InputEntry {
    std::string path;
    std::optional<UserError> error;  // set: `path` could not be read, and this says why
};

// Files as given; folders walked recursively for drafts by extension (see is_draft_extension),
// sorted so runs are reproducible; "-" stands for standard input. A missing path is a UserError.
// Files inside folders that match one of `ignore` (see is_ignored) are left out; files named on
// the command line are always checked. `skip` (when set) leaves out more files found in folders
// (those a config ignores, the report being written). Nothing found is dropped unsaid: a
// subfolder that cannot be read is an entry with its error, and so is a draft-named link whose
// target is missing (its load says so).
std::vector<InputEntry> expand_inputs(const std::vector<std::string>& paths,
                                      const std::vector<std::string>& ignore = {},
                                      const std::function<bool(const std::string&)>& skip = {});

// .txt .text .md .markdown .mdown .mkd .html .htm .xhtml .docx .jsonl, in any letter case.
bool is_draft_extension(const std::string& path);

// Whether `relative` (a path below a walked folder, '/'-separated) matches a glob (fnmatch(3)):
// a glob without '/' matches any one component ("drafts", "*.tmp.md"); a glob with '/' matches
// the whole relative path, where '*' also crosses folders ("archive/*", "*/old/*.md").
bool is_ignored(const std::string& relative, const std::vector<std::string>& ignore);

// `path` made absolute, with links and "..", resolved as far as it exists: two paths name the
// same file when these are equal, whether or not it exists yet (--output and the inputs).
std::string canonical_path(const std::string& path);

}  // namespace claimcheck
