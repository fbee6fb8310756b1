#include "eval/error_examples.hpp"

#include <algorithm>
#include <cstdint>

namespace claimcheck {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t boundary_at_or_before(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    while (offset > 0 && offset < text.size() && is_continuation_byte(text[offset])) --offset;
    return offset;
}

std::size_t boundary_at_or_after(std::string_view text, std::size_t offset) {
    while (offset < text.size() && is_continuation_byte(text[offset])) ++offset;
    return std::min(offset, text.size());
}

// Where an attribution is: its cue, or (for a gold attribution annotated without a cue) its
// first piece of any role.
std::size_t anchor_of(const AttributionSpans& attribution) {
    if (!attribution.cue.empty()) return attribution.cue.front().start;
    std::size_t anchor = SIZE_MAX;
    for (const auto* role : {&attribution.source, &attribution.content})
        for (const Span& piece : *role) anchor = std::min(anchor, piece.start);
    return anchor == SIZE_MAX ? 0 : anchor;
}

// The line (between newlines) holding `offset`, end exclusive of the newline.
Span line_around(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::size_t before = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
    const std::size_t start = before == std::string_view::npos ? 0 : before + 1;
    return Span{start, std::min(text.find('\n', offset), text.size())};
}

int line_number(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(
                                                                          std::min(offset, text.size())), '\n'));
}

// The line, or a window of kMaxContextBytes around `anchor` when the line is longer.
std::string context_of(std::string_view text, Span line, std::size_t anchor) {
    if (line.size() <= kMaxContextBytes) return std::string(line.in(text));
    const std::size_t lead = kMaxContextBytes / 2;
    std::size_t start = anchor > line.start + lead ? anchor - lead : line.start;
    start = std::min(start, line.end - kMaxContextBytes);
    const std::size_t end = boundary_at_or_before(text, start + kMaxContextBytes);
    start = boundary_at_or_after(text, start);
    std::string out = start > line.start ? std::string(kEllipsis) : std::string();
    out += text.substr(start, end - start);
    if (end < line.end) out += kEllipsis;
    return out;
}

std::vector<ShownSpan> shown(std::string_view text, const std::vector<Span>& pieces) {
    std::vector<ShownSpan> out;
    for (const Span& piece : pieces) out.push_back({piece, std::string(piece.in(text))});
    return out;
}

ShownAttribution shown(std::string_view text, const AttributionSpans& attribution) {
    return {shown(text, attribution.cue), shown(text, attribution.source), shown(text, attribution.content)};
}

// Indices of the attributions not linked (partner -1), in order of position.
std::vector<std::size_t> unmatched_in_order(const std::vector<AttributionSpans>& attributions,
                                            const std::vector<int>& partners) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < attributions.size(); ++i)
        if (partners[i] < 0) out.push_back(i);
    std::stable_sort(out.begin(), out.end(),
                     [&](std::size_t a, std::size_t b) { return anchor_of(attributions[a]) < anchor_of(attributions[b]); });
    return out;
}

struct Side {
    const std::vector<AttributionSpans>& own;
    const std::vector<int>& partners;
    const std::vector<AttributionSpans>& other;
};

void collect_side(const std::string& id, std::string_view text, const Side& side, std::size_t limit,
                  std::vector<ErrorExample>& into) {
    for (std::size_t index : unmatched_in_order(side.own, side.partners)) {
        if (into.size() >= limit) return;
        const AttributionSpans& attribution = side.own[index];
        const std::size_t anchor = anchor_of(attribution);
        const Span line = line_around(text, anchor);
        ErrorExample example;
        example.article = id;
        example.line = line_number(text, anchor);
        example.context = context_of(text, line, anchor);
        example.attribution = shown(text, attribution);
        for (const AttributionSpans& other : side.other) {
            const std::size_t other_anchor = anchor_of(other);
            if (other_anchor >= line.start && other_anchor <= line.end) example.nearby.push_back(shown(text, other));
        }
        into.push_back(std::move(example));
    }
}

}  // namespace

void collect_error_examples(const std::string& id, std::string_view text, const std::vector<AttributionSpans>& gold,
                            const std::vector<AttributionSpans>& predicted, const ArticleScore& score,
                            std::size_t limit, ErrorExamples& into) {
    collect_side(id, text, Side{gold, score.gold_link, predicted}, limit, into.misses);
    collect_side(id, text, Side{predicted, score.predicted_link, gold}, limit, into.false_alarms);
}

std::string clipped(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    return std::string(text.substr(0, boundary_at_or_before(text, max_bytes))) + std::string(kEllipsis);
}

}  // namespace claimcheck
