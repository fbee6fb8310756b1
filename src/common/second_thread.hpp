// Start-up work that can overlap: building a rule pack and its stages compiles many independent
// regexes, and a second core halves the wait for a one-paragraph draft.
#pragma once

#include <future>
#include <system_error>
#include <utility>

namespace claimcheck {

// Runs `work` on a second thread, or in place when its result is asked for where no thread can be
// started. An exception `work` throws comes out of the future's get().
template <typename Work>
auto start_on_second_thread(Work work) -> std::future<decltype(work())> {
    try {
        return std::async(std::launch::async, work);
    } catch (const std::system_error&) {
        return std::async(std::launch::deferred, std::move(work));
    }
}

}  // namespace claimcheck
