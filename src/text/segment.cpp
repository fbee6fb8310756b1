#include "text/segment.hpp"

#include <algorithm>
#include <string_view>

#include "text/block_roles.hpp"
#include "text/code_points.hpp"
#include "text/quote_scanner.hpp"
#include "text/sentence_breaker.hpp"

namespace claimcheck {

struct Segmenter::Impl {
    text::SentenceBreaker breaker;
    text::BlockRoles roles;

    explicit Impl(const SegmentOptions& options) : breaker(options.abbreviations, options.sentence_openers), roles(options.block_roles) {}
};

namespace {

// A block's span, clamped to the text so that a malformed Document cannot make us read past it.
Span clamped(Span span, std::size_t text_size) {
    const std::size_t start = std::min(span.start, text_size);
    return {start, std::clamp(span.end, start, text_size)};
}

// The newspaper convention carries a quote from one paragraph of running text to the next, not
// into or out of headings, captions or lists.
bool quote_may_continue(const std::vector<Block>& blocks, std::size_t index) {
    if (index + 1 >= blocks.size()) return false;
    const BlockKind kind = blocks[index].kind;
    return (kind == BlockKind::Paragraph || kind == BlockKind::Blockquote) && blocks[index + 1].kind == kind;
}

Span trimmed(std::string_view block, std::size_t start, std::size_t end) {
    while (start < end) {
        const text::CodePoint c = text::code_point_at(block, start);
        if (!text::is_space(c.value)) break;
        start += c.length;
    }
    while (end > start) {
        const text::CodePoint c = text::code_point_before(block, end);
        if (!text::is_space(c.value)) break;
        end -= c.length;
    }
    return {start, end};
}

// ICU ends a sentence after "?" or "!" even when a lower-case word follows; after a closing
// quotation mark that word continues the sentence: "Why now?" he asked.
bool attribution_follows_quote(std::string_view block, std::size_t boundary) {
    const UChar32 next = text::code_point_at(block, boundary).value;
    if (next == text::kNoCodePoint || !u_islower(next)) return false;
    std::size_t end = boundary;
    while (end > 0) {
        const text::CodePoint c = text::code_point_before(block, end);
        if (!text::is_space(c.value)) break;
        end -= c.length;
    }
    const UChar32 last = text::code_point_before(block, end).value;
    return last == '"' || last == '\'' || last == 0x201D || last == 0x2019 || last == 0xBB;
}

// Sentences of one block from its ICU boundaries, dropping every boundary that falls inside a
// quotation that closes in this block ("We are ready. The door is open," he said.). A boundary
// inside an unclosed quote is kept, so a forgotten closing mark does not swallow the paragraph.
void append_sentences(std::string_view block, std::size_t base, std::size_t block_index, BlockKind kind,
                      const std::vector<std::size_t>& boundaries, const std::vector<Quote>& quotes,
                      std::size_t first_quote, std::vector<Sentence>& out) {
    if (boundaries.size() < 2) return;
    std::size_t next_quote = first_quote;
    std::size_t quoted_until = 0;  // furthest end of the closed quotes that start before the boundary
    std::size_t sentence_start = boundaries.front();
    std::size_t index_in_block = 0;
    for (std::size_t k = 1; k < boundaries.size(); ++k) {
        const std::size_t boundary = boundaries[k];
        if (k + 1 < boundaries.size()) {
            const std::size_t absolute = base + boundary;
            for (; next_quote < quotes.size() && quotes[next_quote].span.start < absolute; ++next_quote) {
                if (quotes[next_quote].closed) quoted_until = std::max(quoted_until, quotes[next_quote].span.end);
            }
            if (quoted_until > absolute || attribution_follows_quote(block, boundary)) continue;
        }
        const Span span = trimmed(block, sentence_start, boundary);
        sentence_start = boundary;
        if (span.empty()) continue;
        out.push_back({{base + span.start, base + span.end}, block_index, kind, index_in_block++});
    }
}

}  // namespace

Segmenter::Segmenter(const SegmentOptions& options) : impl_(new Impl(options)) {}

Segmenter::~Segmenter() { delete impl_; }

Segmented Segmenter::segment(const Document& doc) const {
    Segmented result;
    result.blocks = doc.blocks;
    for (Block& block : result.blocks) {
        block.kind = impl_->roles.refine(block.kind, clamped(block.span, doc.text.size()).in(doc.text));
    }
    // News sentences average well over 64 bytes: one reservation instead of repeated growth.
    result.sentences.reserve(doc.text.size() / 64 + 1);

    text::SentenceBreaker::Run run = impl_->breaker.start();
    text::QuoteScanner quotes;
    std::vector<std::size_t> boundaries;
    for (std::size_t i = 0; i < result.blocks.size(); ++i) {
        const Span span = clamped(result.blocks[i].span, doc.text.size());
        const std::string_view block = span.in(doc.text);
        const std::string_view next_block = quote_may_continue(result.blocks, i)
                                                ? clamped(result.blocks[i + 1].span, doc.text.size()).in(doc.text)
                                                : std::string_view();
        const std::size_t first_quote = result.quotes.size();
        quotes.scan_block(block, span.start, next_block, result.quotes);
        run.boundaries(block, boundaries);
        append_sentences(block, span.start, i, result.blocks[i].kind, boundaries, result.quotes, first_quote,
                         result.sentences);
    }
    return result;
}

}  // namespace claimcheck
