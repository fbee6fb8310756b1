// A baseline of accepted findings (`--baseline FILE`, written by `--write-baseline FILE`): a
// finding the baseline holds is dropped from the report and never fails the run. Findings are
// matched by rule, document path (as given on the command line) and sentence text, not by line,
// so editing elsewhere in a story does not bring accepted findings back. Each entry accepts as
// many findings as its `count`.
//
// File format (JSON, sorted so that it diffs well):
//   {"version": 1, "findings": [{"rule": "vague-source", "path": "stories/a.md",
//                                "sentence": "Critics say…", "count": 1}, …]}
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <tuple>

#include "pipeline/pipeline.hpp"

namespace claimcheck {

struct BaselineKey {
    std::string rule, path, sentence;
    auto operator<=>(const BaselineKey&) const = default;
};

class Baseline {
public:
    // Throws UserError at FILE:LINE:COL for a file that is not a baseline.
    static Baseline read(const std::string& path);

    // Drops the findings of `checked` the baseline accepts; returns how many it dropped. Each
    // document draws on the counts afresh, so the result never depends on which document came
    // first: documents may be filtered on any thread in any order.
    std::size_t filter(CheckedDocument& checked) const;
    // Records every finding of `checked` (for --write-baseline). Not thread-safe.
    void add(const CheckedDocument& checked);
    // Throws UserError when the file cannot be written.
    void write(const std::string& path) const;

private:
    std::map<BaselineKey, std::size_t> counts_;
};

}  // namespace claimcheck
