// A one-line progress count on stderr for long runs. It shows only when stderr is a terminal
// and the run has lasted a while, so scripts, CI logs and quick runs never see it.
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>

namespace claimcheck {

class Progress {
public:
    // `enabled`: whether stderr is a terminal (the caller asks isatty).
    Progress(std::ostream& err, bool enabled);
    // After each checked document; redraws at most a few times a second.
    void update(std::size_t done);
    // Wipes the line (before an error message, and at the end).
    void clear();

private:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kDelay{1500};   // quicker runs show nothing
    static constexpr std::chrono::milliseconds kInterval{200};

    std::ostream& err_;
    bool enabled_;
    bool shown_ = false;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_ = start_;
};

}  // namespace claimcheck
