// Small span helpers shared by the cue frames (frames.cpp) and their noun-phrase reading
// (noun_phrases.cpp): token ranges to text spans, and where a content piece starts and ends.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/tokens.hpp"

namespace claimcheck::frame_spans {

inline Span span_of(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    return Span{tokens[first].span.start, tokens[last].span.end};
}

inline bool ends_with(std::string_view word, std::string_view suffix) { return word.size() > suffix.size() && word.ends_with(suffix); }

// The content from token `first` to the end of the sentence, without the closing stop or a
// dangling comma (a quotation keeps its closing mark and what is inside it).
// `end` (exclusive) stops it earlier, at the close of a clause.
inline std::optional<Span> content_to_end(const std::vector<Token>& tokens, std::size_t first, std::size_t end = 0) {
    if (end == 0 || end > tokens.size()) end = tokens.size();
    if (first >= end) return std::nullopt;
    std::size_t last = end - 1;
    while (last > first && (tokens[last].kind == TokenKind::End || tokens[last].kind == TokenKind::Comma ||
                            tokens[last].kind == TokenKind::Dash || tokens[last].kind == TokenKind::Colon))
        --last;
    bool has_word = false;
    for (std::size_t i = first; i <= last; ++i) has_word = has_word || tokens[i].is_word();
    if (!has_word) return std::nullopt;
    return span_of(tokens, first, last);
}

// The first comma at or after `from` outside quotation marks, or the end of the sentence.
inline std::size_t next_comma(const std::vector<Token>& tokens, std::size_t from) {
    for (std::size_t i = from; i < tokens.size(); ++i)
        if (tokens[i].kind == TokenKind::Comma && !tokens[i].in_quote) return i;
    return tokens.size();
}

// The content before a source: from the start of the sentence to the mark that sets the source
// off (`"…," she said` keeps the quotation with its comma; `…, the council said` drops the comma).
inline std::optional<Span> content_before(const std::vector<Token>& tokens, std::size_t boundary) {
    if (boundary == 0) return std::nullopt;
    std::size_t last = boundary;
    while (last > 0 && (tokens[last].kind == TokenKind::Comma || tokens[last].kind == TokenKind::Dash)) --last;
    if (tokens[last].kind == TokenKind::Comma || tokens[last].kind == TokenKind::Dash) return std::nullopt;
    bool has_word = false;
    for (std::size_t i = 0; i <= last; ++i) has_word = has_word || tokens[i].is_word();
    if (!has_word) return std::nullopt;
    return span_of(tokens, 0, last);
}

inline bool sets_off(const Token& token) {
    return token.kind == TokenKind::Comma || token.kind == TokenKind::QuoteClose || token.kind == TokenKind::Dash;
}

// Whether a comma, or a quotation closing after its own comma, sets off the phrase at `at` from the
// clause before it ("…, according to X", "'…,' according to X").
inline bool set_off_before(const std::vector<Token>& tokens, std::size_t at) {
    if (at == 0) return false;
    if (tokens[at - 1].kind == TokenKind::Comma) return true;
    return at >= 2 && tokens[at - 1].kind == TokenKind::QuoteClose && tokens[at - 2].kind == TokenKind::Comma;
}

inline std::size_t token_at(const std::vector<Token>& tokens, std::size_t offset) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].span.start >= offset) return i;
    return tokens.size();
}

}  // namespace claimcheck::frame_spans
