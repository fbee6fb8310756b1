// Turns the paths on the command line into the list of drafts to check.
#pragma once

#include <string>
#include <vector>

namespace claimcheck {

// Files as given; folders walked recursively for drafts by extension (.txt .text .md .markdown),
// sorted so runs are reproducible; "-" stands for standard input. A missing path is a UserError.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

bool is_draft_extension(const std::string& path);

}  // namespace claimcheck
