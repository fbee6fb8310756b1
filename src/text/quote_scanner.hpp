// Quotation spans of a draft, block by block.
//
// Marks: straight " and curly “ ” (one family, with '' and `` read as double marks), guillemets
// « », and single quotes ' ‘ ’.
// - A straight " opens after the start, a space, an opening bracket, a dash or an opening mark,
//   when text follows it; otherwise it closes the innermost open double quote.
// - ' and ’ between letters (Korea's, Moon’s, don't), before a digit (the '90s), in the elisions
//   'n', 'em, 'til, 'cause …, or after a word with no single quote open (the players' union) are
//   apostrophes. A single quote opens after the start, a space, a bracket, a dash or an opening
//   mark, before a letter; inside a double quote it is nested (depth 1), otherwise it is the
//   block's primary quote (headline style: General 'willing' to talk).
// - A single quote that never closes was an apostrophe after all, unless it carries over into the
//   next paragraph; double quotes and guillemets left open end with the block, closed = false.
// - The newspaper convention: a paragraph ending inside a quote, followed by a paragraph that
//   opens with a mark of the same family, continues the quote (the new one is `continued`).
//   Inside one block, an opening double mark after a sentence end while a double quote is open
//   is read the same way (text whose paragraph breaks were lost, like many news archives).
// Each block is scanned once, left to right; all work is linear in the text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "text/segment.hpp"

namespace claimcheck::text {

enum class QuoteFamily : unsigned char { Double, Guillemet, Single };

class QuoteScanner {
public:
    // Appends the quotations of one block to `out` in the order of their opening marks, with
    // offsets into the document (`base` is the block's start). `next_block` is the text of the
    // following block when the quote may continue into it, empty otherwise. Blocks are scanned
    // in document order.
    void scan_block(std::string_view block, std::size_t base, std::string_view next_block,
                    std::vector<Quote>& out);

private:
    struct OpenQuote {
        std::size_t slot = 0;  // index into the output vector
        QuoteFamily family = QuoteFamily::Double;
    };
    struct Mark;

    std::size_t handle_mark(const Mark& mark);
    std::size_t handle_single(const Mark& mark);
    void open_double(const Mark& mark);
    void open(const Mark& mark, QuoteFamily family, bool continues = false);
    void close(const Mark& mark, QuoteFamily family);
    void discard(const OpenQuote& quote);
    void finish_block(std::string_view next_block);
    void compact_and_set_depths();

    bool has_open(QuoteFamily family) const { return open_count_[static_cast<int>(family)] > 0; }

    // State of the block being scanned.
    std::string_view block_;
    std::size_t base_ = 0;
    std::size_t first_text_ = 0;        // first non-space byte: where a continuation mark stands
    std::size_t last_open_end_ = std::string_view::npos;  // just after the latest opening mark
    std::vector<Quote>* out_ = nullptr;
    std::size_t block_first_slot_ = 0;
    std::vector<OpenQuote> stack_;
    int open_count_[3] = {0, 0, 0};
    std::vector<std::size_t> enclosing_ends_;  // for depths; reused

    // Carried between blocks.
    std::optional<QuoteFamily> carried_;  // family of a quote the previous block left open
};

}  // namespace claimcheck::text
