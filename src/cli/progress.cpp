#include "cli/progress.hpp"

#include <ostream>

namespace claimcheck {

Progress::Progress(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {}

void Progress::update(std::size_t done) {
    if (!enabled_) return;
    const Clock::time_point now = Clock::now();
    if (now - start_ < kDelay || now - last_ < kInterval) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    err_ << "\r\x1b[Kclaimcheck: " << done << " documents checked (" << static_cast<long>(done / seconds)
         << "/s)" << std::flush;
    shown_ = true;
}

void Progress::clear() {
    if (!shown_) return;
    err_ << "\r\x1b[K" << std::flush;
    shown_ = false;
}

}  // namespace claimcheck
