// Spans looked up by overlap in logarithmic time: long stories have thousands of mentions,
// quotations and attributions, and checking each against all the others was quadratic.
#pragma once

#include <algorithm>
#include <vector>

#include "common/span.hpp"

namespace claimcheck {

class SpanIndex {
public:
    explicit SpanIndex(std::vector<Span> spans) : spans_(std::move(spans)) {
        std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        std::size_t furthest = 0;
        furthest_end_.reserve(spans_.size());
        for (const Span& span : spans_) furthest_end_.push_back(furthest = std::max(furthest, span.end));
    }

    // Whether `span` overlaps one of the spans: one that starts inside it, or one that starts
    // before it and reaches past its start.
    bool overlaps(Span span) const {
        const auto after = std::upper_bound(spans_.begin(), spans_.end(), span.start,
                                            [](std::size_t start, const Span& other) { return start < other.start; });
        if (after != spans_.end() && after->start < span.end) return true;
        const std::size_t before = static_cast<std::size_t>(after - spans_.begin());
        return before > 0 && furthest_end_[before - 1] > span.start;
    }

private:
    std::vector<Span> spans_;                 // by start
    std::vector<std::size_t> furthest_end_;   // the furthest end among spans_[0..i]
};

}  // namespace claimcheck
