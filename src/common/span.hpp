// Half-open byte ranges into a Document's analysed text. Every stage passes spans, never copies
// of text to be searched for again, so positions stay exact all the way to the report.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck {

struct Span {
    std::size_t start = 0;
    std::size_t end = 0;  // exclusive

    std::size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(std::size_t offset) const { return offset >= start && offset < end; }
    bool contains(const Span& other) const { return other.start >= start && other.end <= end; }
    bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
    std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
    bool operator==(const Span&) const = default;
};

}  // namespace claimcheck
