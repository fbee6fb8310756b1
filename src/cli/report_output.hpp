// Where a report goes: standard output, or the file of --output, opened only when the first
// byte is written (a run whose every input failed leaves no empty report behind).
#pragma once

#include <fstream>
#include <iosfwd>
#include <string>

namespace claimcheck {

class ReportOutput {
public:
    // `path` empty: `out`.
    ReportOutput(std::string path, std::ostream& out) : path_(std::move(path)), out_(out) {}

    // Throws UserError when the file cannot be created.
    std::ostream& stream();
    // Throws UserError when writing the file failed.
    void close();

private:
    std::string path_;
    std::ostream& out_;
    std::ofstream file_;
};

}  // namespace claimcheck
