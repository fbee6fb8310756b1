#include "cli/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include "common/error.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

bool matches_component(const std::string& relative, const std::string& glob) {
    for (const fs::path& part : fs::path(relative))
        if (fnmatch(glob.c_str(), part.string().c_str(), 0) == 0) return true;
    return false;
}

std::vector<std::string> walk_folder(const std::string& folder, const std::vector<std::string>& ignore,
                                     const std::function<bool(const std::string&)>& skip) {
    std::vector<std::string> found;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const std::string relative = it->path().lexically_relative(folder).generic_string();
        if (is_ignored(relative, ignore)) {
            if (it->is_directory(error)) it.disable_recursion_pending();
            continue;
        }
        const std::string path = it->path().string();
        if (it->is_regular_file(error) && is_draft_extension(path) && !(skip && skip(path))) found.push_back(path);
    }
    if (error) throw UserError(Location{folder}, "cannot read folder: " + error.message());
    std::sort(found.begin(), found.end());
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

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, const std::vector<std::string>& ignore,
                                       const std::function<bool(const std::string&)>& skip) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        if (path == "-") {
            files.push_back(path);
            continue;
        }
        std::error_code error;
        fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status))
            throw UserError(Location{path}, "no such file or folder: check the path");
        if (!fs::is_directory(status)) {
            files.push_back(path);
            continue;
        }
        const std::vector<std::string> found = walk_folder(path, ignore, skip);
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

}  // namespace claimcheck
