#include "cli/batch.hpp"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace claimcheck {

namespace {

BatchOutcome check_task(const LoadTask& task, const ProcessDocument& process) {
    try {
        Document doc = task.load();
        return process(task.setup->engine->check(std::move(doc)), *task.setup);
    } catch (const UserError& error) {
        return error;
    } catch (const std::exception& error) {
        return UserError(Location{task.label}, std::string("could not be checked (") + error.what() +
                                                   "): try it alone, and report a bug if it persists");
    }
}

// The state the calling thread and the workers share; workers take tasks by sequence number
// and leave outcomes under it, the calling thread delivers them in that order.
class OrderedWork {
public:
    OrderedWork(unsigned jobs, const ProcessDocument& process) : process_(process) {
        for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
    }
    // Stops the workers even when delivering threw: no thread outlives the run.
    ~OrderedWork() {
        {
            std::lock_guard lock(mutex_);
            closing_ = true;
        }
        task_ready_.notify_all();
        for (std::thread& worker : workers_) worker.join();
    }

    void submit(std::size_t sequence, LoadTask task) {
        {
            std::lock_guard lock(mutex_);
            tasks_.emplace_back(sequence, std::move(task));
        }
        task_ready_.notify_one();
    }

    BatchOutcome take(std::size_t sequence) {
        std::unique_lock lock(mutex_);
        awaited_ = sequence;
        outcome_ready_.wait(lock, [&] { return outcomes_.count(sequence) > 0; });
        auto node = outcomes_.extract(sequence);
        return std::move(node.mapped());
    }

private:
    void work() {
        while (true) {
            std::unique_lock lock(mutex_);
            task_ready_.wait(lock, [&] { return closing_ || !tasks_.empty(); });
            if (tasks_.empty()) return;
            auto [sequence, task] = std::move(tasks_.front());
            tasks_.pop_front();
            lock.unlock();
            BatchOutcome outcome = check_task(task, process_);
            lock.lock();
            outcomes_.emplace(sequence, std::move(outcome));
            // Waking the calling thread for an outcome it is not waiting for yet costs a context
            // switch per document, and those add up to a tenth of the run.
            if (sequence == awaited_) outcome_ready_.notify_one();
        }
    }

    const ProcessDocument& process_;
    std::mutex mutex_;
    std::condition_variable task_ready_;
    std::condition_variable outcome_ready_;
    std::deque<std::pair<std::size_t, LoadTask>> tasks_;
    std::map<std::size_t, BatchOutcome> outcomes_;
    std::size_t awaited_ = 0;  // the sequence the calling thread waits for
    bool closing_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace

void run_batch(DocumentFeed& feed, unsigned jobs, const ProcessDocument& process, const DeliverOutcome& deliver) {
    if (jobs <= 1) {
        while (auto task = feed.next()) deliver(check_task(*task, process));
        return;
    }
    OrderedWork work(jobs, process);
    const std::size_t window = std::size_t{jobs} * kBatchWindowPerJob;
    std::size_t submitted = 0;
    std::size_t delivered = 0;
    bool more = true;
    while (more || delivered < submitted) {
        while (more && submitted - delivered < window) {
            std::optional<LoadTask> task = feed.next();
            more = task.has_value();
            if (more) work.submit(submitted++, std::move(*task));
        }
        if (delivered < submitted) deliver(work.take(delivered++));
    }
}

}  // namespace claimcheck
