// Words and marks of one sentence, with their offsets: the unit the cue-frame extractor walks
// over to find a cue's verb group, its source noun phrase and its content.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/span.hpp"
#include "text/segment.hpp"

namespace claimcheck {

enum class TokenKind { Word, Comma, Colon, Semicolon, Dash, OpenParen, CloseParen, QuoteOpen, QuoteClose, End, Other };

struct Token {
    Span span;               // into the document text
    TokenKind kind = TokenKind::Other;
    std::string lower;       // lower-cased word (ASCII folding), empty for marks
    bool capitalised = false;
    bool in_quote = false;   // inside an outer quotation (its marks excluded)
    std::uint64_t tags = 0;          // a bit per lexicon holding `lower` (Vocabulary::tag)
    std::uint64_t capital_tags = 0;  // ... and per lexicon holding its capitalised form
    bool is_word() const { return kind == TokenKind::Word; }
};

// Splits one sentence into tokens. Quotation marks are told apart from apostrophes by the
// segmenter's quotation spans (`quotes`: those that overlap the sentence, see quotes_by_sentence);
// a mark that opens or closes no quotation is an apostrophe or stray mark and stays inside its
// word or becomes Other.
std::vector<Token> tokenize_sentence(std::string_view text, Span sentence, const std::vector<Quote>& quotes);

// For each sentence, the quotations that overlap it: one pass over the quotations with a binary
// search each, so a long document costs no sentence-by-quotation scan.
std::vector<std::vector<Quote>> quotes_by_sentence(const Segmented& seg);

// The word without a possessive ending: "Trump's" → "Trump", "officials'" → "officials".
std::string_view without_possessive(std::string_view word);
bool is_possessive(std::string_view word);

}  // namespace claimcheck
