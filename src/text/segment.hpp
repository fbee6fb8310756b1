// The segment stage: sentences, quotations and block roles of a Document.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "common/span.hpp"
#include "document/document.hpp"

namespace claimcheck {

struct Sentence {
    Span span;              // trimmed of surrounding white space
    std::size_t block = 0;  // index into Segmented::blocks
    BlockKind kind = BlockKind::Paragraph;  // the (refined) kind of its block
    std::size_t index_in_block = 0;
};

struct Quote {
    Span span;     // from the opening mark to the closing mark, both included
    Span inner;    // between the marks
    bool closed = true;       // false when the paragraph ended with the quote still open
    bool continued = false;   // opens a paragraph that continues the previous paragraph's quote
    int depth = 0;            // 0 for outer quotes, 1 for a quote inside a quote
};

// Patterns that recognise the structural role of a paragraph: captions, credits, bylines,
// datelines and boilerplate. They come from the rule pack (structure section).
struct BlockRolePattern {
    BlockKind kind = BlockKind::Paragraph;
    std::string regex;  // RE2, matched against the whole block text
    std::shared_ptr<const RE2> compiled = nullptr;  // `regex` already compiled (by the pack), if so
};

struct SegmentOptions {
    std::vector<std::string> abbreviations;    // "Mr", "Gen", "U.S", "a.m" … (no final dot)
    std::vector<std::string> sentence_openers; // after "U.S." or "a.m.", these words start a sentence
    std::vector<BlockRolePattern> block_roles;  // tried in order on paragraphs; first match wins
};

struct Segmented {
    std::vector<Block> blocks;  // Document::blocks with refined kinds
    std::vector<Sentence> sentences;
    std::vector<Quote> quotes;  // in text order; nested quotes have depth 1
};

// Splits `doc` into sentences (ICU, with the pack's abbreviations held, never inside a quotation
// that closes in the same block) and finds quotation spans. Thread-safe for distinct docs.
//
// Sentences: ICU's English rules per block (never across blocks); a break after one of
// SegmentOptions::abbreviations is held as text/abbreviations.hpp says (whole words only, not
// CLDR's list). A boundary is dropped when it falls inside a quotation
// that closes in the same block, or when a lower-case word follows a closing quote mark
// ("Why now?" he asked.). Spans are trimmed of white space.
// Quotations: text/quote_scanner.hpp describes which marks open and close, apostrophes, nesting
// and the newspaper convention of a quote continued over paragraphs.
// Block roles: the first SegmentOptions::block_roles pattern found in a Paragraph's text
// (RE2::PartialMatch; write ^ to anchor) gives its kind; other blocks keep theirs.
// Construction throws UserError for an invalid block-role regex or missing ICU data.
class Segmenter {
public:
    explicit Segmenter(const SegmentOptions& options);
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    Segmented segment(const Document& doc) const;

private:
    struct Impl;
    Impl* impl_;
};

}  // namespace claimcheck
