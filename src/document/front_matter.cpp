#include "document/front_matter.hpp"

namespace claimcheck {

namespace {

struct LineView {
    std::string_view content;  // without the line break
    std::size_t next = 0;      // where the next line starts
    bool has_break = false;
};

LineView line_at(std::string_view s, std::size_t pos) {
    std::size_t end = pos;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r')
        ++end;
    LineView line;
    line.content = s.substr(pos, end - pos);
    line.has_break = end < s.size();
    line.next = end;
    if (line.has_break)
        line.next += (s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1;
    return line;
}

bool is_fence(std::string_view content, std::string_view fence) {
    if (content.substr(0, fence.size()) != fence) return false;
    for (char c : content.substr(fence.size())) {
        if (c != ' ' && c != '\t') return false;
    }
    return true;
}

}  // namespace

std::size_t skip_front_matter(std::string_view bytes, std::size_t start) {
    LineView first = line_at(bytes, start);
    if (!first.has_break || !is_fence(first.content, "---")) return start;
    std::size_t pos = first.next;
    while (pos < bytes.size()) {
        const LineView line = line_at(bytes, pos);
        if (is_fence(line.content, "---") || is_fence(line.content, "...")) return line.next;
        pos = line.next;
    }
    return start;  // never closed: a thematic break, not front matter
}

}  // namespace claimcheck
