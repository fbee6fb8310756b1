#include "cli/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "common/error.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

bool matches_component(const std::string& relative, const std::string& glob) {
    for (const fs::path& part : fs::path(relative))
        if (fnmatch(glob.c_str(), part.string().c_str(), 0) == 0) return true;
    return false;
}

UserError unreadable_folder(const std::string& folder, const std::error_code& error) {
    return UserError(Location{folder}, "cannot read the folder (" + error.message() +
                                           "): check that you may read it; the drafts elsewhere were checked");
}

// The entries of one folder: files to check go to `found`, subfolders to `folders`.
void read_folder(const fs::path& folder, const std::string& root, const std::vector<std::string>& ignore,
                 const std::function<bool(const std::string&)>& skip, std::vector<InputEntry>& found,
                 std::vector<fs::path>& folders) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        const fs::path& path = it->path();
        if (is_ignored(path.lexically_relative(root).generic_string(), ignore)) continue;
        std::error_code type_error;
        if (fs::is_directory(it->symlink_status(type_error))) {  // links to folders are not followed
            folders.push_back(path);
            continue;
        }
        if (!is_draft_extension(path.string())) continue;
        const fs::file_status status = fs::status(path, type_error);
        // A regular file is checked; a broken or looping link is kept for its load to report.
        const bool checkable = fs::is_regular_file(status) || type_error || status.type() == fs::file_type::not_found;
        if (checkable && !(skip && skip(path.string()))) found.push_back(InputEntry{path.string(), std::nullopt});
    }
    if (error) found.push_back(InputEntry{folder.string(), unreadable_folder(folder.string(), error)});
}

std::vector<InputEntry> walk_folder(const std::string& root, const std::vector<std::string>& ignore,
                                    const std::function<bool(const std::string&)>& skip) {
    std::vector<InputEntry> found;
    std::vector<fs::path> folders{fs::path(root)};
    while (!folders.empty()) {  // a loop, not recursion: any depth of folders
        const fs::path folder = std::move(folders.back());
        folders.pop_back();
        read_folder(folder, root, ignore, skip, found, folders);
    }
    std::sort(found.begin(), found.end(), [](const InputEntry& a, const InputEntry& b) { return a.path < b.path; });
    return found;
}

}  // namespace

bool is_draft_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* known : {".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml", ".docx", ".jsonl"})
        if (ext == known) return true;
    return false;
}

bool is_ignored(const std::string& relative, const std::vector<std::string>& ignore) {
    for (const std::string& glob : ignore) {
        const bool whole_path = glob.find('/') != std::string::npos;
        if (whole_path ? fnmatch(glob.c_str(), relative.c_str(), 0) == 0 : matches_component(relative, glob)) return true;
    }
    return false;
}

std::vector<InputEntry> expand_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& ignore,
                                      const std::function<bool(const std::string&)>& skip) {
    std::vector<InputEntry> entries;
    for (const auto& path : paths) {
        if (path == "-") {
            entries.push_back(InputEntry{path, std::nullopt});
            continue;
        }
        std::error_code error;
        fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status))
            throw UserError(Location{path}, "no such file or folder: check the path");
        if (!fs::is_directory(status)) {
            entries.push_back(InputEntry{path, std::nullopt});
            continue;
        }
        std::vector<InputEntry> found = walk_folder(path, ignore, skip);
        entries.insert(entries.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return entries;
}

std::string canonical_path(const std::string& path) {
    std::error_code error;
    const fs::path absolute = fs::absolute(path, error);
    const fs::path canonical = fs::weakly_canonical(absolute, error);
    return (error ? absolute.lexically_normal() : canonical).string();
}

}  // namespace claimcheck
