#include "document/html_comments.hpp"

#include <string_view>

namespace claimcheck {

namespace {

void comments_in(const std::string& original, std::size_t start, std::size_t end, std::vector<SourceComment>& out) {
    const std::string_view run(original.data() + start, end - start);
    for (std::size_t open = run.find("<!--"); open != std::string_view::npos; open = run.find("<!--", open)) {
        const std::size_t close = run.find("-->", open + 4);
        if (close == std::string_view::npos) return;
        out.push_back(SourceComment{std::string(run.substr(open + 4, close - open - 4)), start + open, start + close + 3});
        open = close + 3;
    }
}

bool only_blanks(const std::string& original, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
        const char c = original[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '>') return false;  // '>': a quote's marker
    }
    return true;
}

}  // namespace

void RawHtmlRuns::add(std::size_t start, std::size_t end) {
    if (end <= start) return;
    if (!runs_.empty() && start == runs_.back().end) {
        runs_.back().end = end;  // pieces with blanks between are joined in collect_comments
        return;
    }
    runs_.push_back(Run{start, end});
}

void RawHtmlRuns::collect_comments(const std::string& original, std::vector<SourceComment>& out) const {
    std::size_t i = 0;
    while (i < runs_.size()) {
        std::size_t start = runs_[i].start;
        std::size_t end = runs_[i].end;
        while (i + 1 < runs_.size() && runs_[i + 1].start >= end && only_blanks(original, end, runs_[i + 1].start))
            end = runs_[++i].end;
        comments_in(original, start, end, out);
        ++i;
    }
}

}  // namespace claimcheck
