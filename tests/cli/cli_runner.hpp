// Runs the built claimcheck binary as a user would and captures what it prints.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimcheck::testing {

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = std::filesystem::temp_directory_path() /
                ("claimcheck-test-" + std::to_string(getpid()) + "-" + std::to_string(++counter));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }
    std::string write(const std::string& name, const std::string& bytes) const {
        auto file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }

private:
    std::filesystem::path path_;
};

// `args` is appended to the binary's path as shell words (quote paths yourself); `prefix` (shell
// words too) comes before the binary, e.g. to run it as another user.
inline RunResult run_claimcheck_with(const std::string& prefix, const std::string& args, const std::string& stdin_text = "") {
    TempDir dir;
    std::string in = dir.write("stdin", stdin_text);
    std::string command = prefix + " '" + CLAIMCHECK_BINARY + "' " + args + " <'" + in + "' >'" +
                          (dir.path() / "out").string() + "' 2>'" + (dir.path() / "err").string() + "'";
    int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_all(dir.path() / "out");
    result.err = read_all(dir.path() / "err");
    return result;
}

inline RunResult run_claimcheck(const std::string& args, const std::string& stdin_text = "") {
    return run_claimcheck_with("", args, stdin_text);
}

inline std::string shell_quoted(const std::string& path) { return "'" + path + "'"; }

}  // namespace claimcheck::testing
