// The comments inside raw HTML that md4c hands over in pieces (an HTML block line by line, inline
// HTML tag by tag): the pieces are joined back into runs of the original and the comments read
// from those runs, so a comment shown inside a code block (which md4c never calls HTML) is not one.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "document/document.hpp"

namespace claimcheck {

class RawHtmlRuns {
public:
    // A piece of raw HTML at [start, end) of the original, in file order.
    void add(std::size_t start, std::size_t end);
    // The comments of all runs, appended to `out`. A run is the pieces with only blanks between.
    void collect_comments(const std::string& original, std::vector<SourceComment>& out) const;

private:
    struct Run {
        std::size_t start, end;
    };
    std::vector<Run> runs_;
};

}  // namespace claimcheck
