#include "cli/report_output.hpp"

#include "common/error.hpp"

namespace claimcheck {

std::ostream& ReportOutput::stream() {
    if (path_.empty()) return out_;
    if (!file_.is_open()) {
        file_.open(path_, std::ios::binary);
        if (!file_) throw UserError(Location{path_}, "cannot write the report here: check the folder exists and is writable");
    }
    return file_;
}

void ReportOutput::close() {
    if (!file_.is_open()) return;
    if (!file_.flush()) throw UserError(Location{path_}, "writing the report failed: check the disk space");
    file_.close();
}

}  // namespace claimcheck
