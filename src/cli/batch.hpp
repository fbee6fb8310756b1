// Checks the documents of a feed on N threads and hands the results over in input order, so a
// report is byte-identical whatever N is. At most a few documents per thread are in flight at
// once: memory stays flat however long the feed is.
#pragma once

#include <functional>
#include <variant>

#include "cli/document_feed.hpp"
#include "common/error.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

// A checked document, or why its input could not be checked.
using BatchOutcome = std::variant<CheckedDocument, UserError>;

// Called on the calling thread, once per task, in the feed's order, with the task's setup
// (null for an input that failed before it had one).
using DeliverOutcome = std::function<void(BatchOutcome&&, const CheckSetup*)>;

// Documents in flight per thread: enough to keep every thread busy while the one whose turn
// it is to be delivered is still being checked.
constexpr unsigned kBatchWindowPerJob = 4;

// `jobs` threads check (1: everything on the calling thread), each task with its setup's engine.
// An error other than UserError while checking (out of memory, say) becomes a UserError naming
// the input, so one bad input never takes the run down.
void run_batch(DocumentFeed& feed, unsigned jobs, const DeliverOutcome& deliver);

}  // namespace claimcheck
