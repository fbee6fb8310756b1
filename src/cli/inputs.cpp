#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>

#include "common/error.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

bool is_draft_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd";
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
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
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, error);
             !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            if (it->is_regular_file(error) && is_draft_extension(it->path().string()))
                found.push_back(it->path().string());
        }
        if (error) throw UserError(Location{path}, "cannot read folder: " + error.message());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

}  // namespace claimcheck
