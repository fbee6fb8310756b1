// The misses and false alarms `claimcheck eval --errors N` shows a rule author: each with its
// article, the line of text around its cue, and what the other side had on that line, so that a
// near miss (right cue, source cut differently) reads as one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "eval/attribution_spans.hpp"
#include "eval/score.hpp"

namespace claimcheck {

// Lines longer than this many bytes are cut to a window around the cue.
inline constexpr std::size_t kMaxContextBytes = 300;

// A span of an article and its text.
struct ShownSpan {
    Span span;
    std::string text;
};

struct ShownAttribution {
    std::vector<ShownSpan> cue, source, content;
};

struct ErrorExample {
    std::string article;                   // the article's id
    int line = 0;                          // 1-based line of the article's text where the cue is
    std::string context;                   // that line, cut around the cue ("…" where cut)
    ShownAttribution attribution;          // the gold attribution missed, or the false alarm
    std::vector<ShownAttribution> nearby;  // the other side's attributions with a cue on that line
};

struct ErrorExamples {
    std::vector<ErrorExample> misses;        // gold attributions with no link match
    std::vector<ErrorExample> false_alarms;  // predicted attributions with no link match
};

// Appends the article's misses and false alarms (each in order of position in the text) while
// the list holds fewer than `limit`, so that a corpus read in order yields the first ones.
void collect_error_examples(const std::string& id, std::string_view text, const std::vector<AttributionSpans>& gold,
                            const std::vector<AttributionSpans>& predicted, const ArticleScore& score,
                            std::size_t limit, ErrorExamples& into);

// `text` cut to at most `max_bytes` bytes on a character boundary, with "…" when cut.
std::string clipped(std::string_view text, std::size_t max_bytes);

}  // namespace claimcheck
