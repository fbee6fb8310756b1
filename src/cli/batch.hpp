// Checks the documents of a feed on N threads and hands the results over in input order, so a
// report is byte-identical whatever N is. At most a few documents per thread are in flight at
// once: memory stays flat however long the feed is.
#pragma once

#include <functional>
#include <string>
#include <variant>

#include "cli/document_feed.hpp"
#include "common/error.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

// A checked document and what the worker that checked it made of it.
struct ProcessedDocument {
    CheckedDocument checked;
    bool fails = false;    // a finding at or above its setup's fail-on level
    std::string rendered;  // its part of the report, for formats written a document at a time
};

// A processed document, or why its input could not be checked.
using BatchOutcome = std::variant<ProcessedDocument, UserError>;

// Runs on the worker right after checking (so it must be thread-safe): per-document work that
// needs no other document, like rendering its report, is spread over the threads this way.
using ProcessDocument = std::function<ProcessedDocument(CheckedDocument&&, const CheckSetup&)>;

// Called on the calling thread, once per task, in the feed's order.
using DeliverOutcome = std::function<void(BatchOutcome&&)>;

// Documents in flight per thread: enough to keep every thread busy while the one whose turn
// it is to be delivered is still being checked.
constexpr unsigned kBatchWindowPerJob = 4;

// `jobs` threads check (1: everything on the calling thread), each task with its setup's engine.
// An error other than UserError while checking (out of memory, say) becomes a UserError naming
// the input, so one bad input never takes the run down.
void run_batch(DocumentFeed& feed, unsigned jobs, const ProcessDocument& process, const DeliverOutcome& deliver);

}  // namespace claimcheck
