#include "analysis/tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/code_points.hpp"

namespace claimcheck {

namespace {

using text::code_point_at;
using text::CodePoint;
using text::is_space;

bool is_word_char(UChar32 c) { return text::is_alnum(c) || (c >= 0x80 && u_hasBinaryProperty(c, UCHAR_ALPHABETIC)); }
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool is_dash(UChar32 c) { return c == 0x2014 || c == 0x2013 || c == 0x2015 || c == '-'; }

// Where the outer quotations of the sentence open and close.
struct QuoteMarks {
    std::vector<Span> opens, closes;  // the marks themselves ('' is two bytes, “ three)
    std::vector<Span> inners;
};

QuoteMarks quote_marks(Span sentence, const std::vector<Quote>& quotes) {
    QuoteMarks marks;
    for (const Quote& quote : quotes) {
        if (quote.depth != 0 || !quote.span.overlaps(sentence)) continue;
        if (sentence.contains(quote.span.start) && quote.inner.start > quote.span.start)
            marks.opens.push_back(Span{quote.span.start, quote.inner.start});
        if (quote.closed && quote.inner.end < quote.span.end && sentence.contains(quote.inner.end))
            marks.closes.push_back(Span{quote.inner.end, quote.span.end});
        marks.inners.push_back(quote.inner);
    }
    return marks;
}

// The mark of `marks` that starts at `at`, if any.
const Span* mark_at(const std::vector<Span>& marks, std::size_t at) {
    auto it = std::find_if(marks.begin(), marks.end(), [&](const Span& mark) { return mark.start == at; });
    return it == marks.end() ? nullptr : &*it;
}

bool contains(const std::vector<Span>& marks, std::size_t at) { return mark_at(marks, at) != nullptr; }

// Whether the dot before `next` ends an abbreviation that starts at `word`: one before a space
// or a letter ("Sen. Cruz", "U.S."), or a capitalised one before a closing mark ("(I-Conn.)").
bool abbreviation_dot(std::string_view text, std::size_t word, std::size_t next) {
    const CodePoint after = code_point_at(text, next);
    if (is_space(after.value) || is_word_char(after.value)) return true;
    if (after.value != ')' && after.value != ']' && after.value != ',') return false;
    const CodePoint first = code_point_at(text, word);
    return u_isupper(first.value) || u_istitle(first.value);
}

// The end of a word starting at `at`: letters and digits, joined by an inner apostrophe, hyphen,
// ampersand, dot (U.S., Sen. Cruz: inside a sentence a dot before a space is an abbreviation's)
// or a comma between digits.
std::size_t word_end(std::string_view text, std::size_t at, std::size_t limit, const QuoteMarks& marks) {
    std::size_t i = at;
    while (i < limit) {
        CodePoint cp = code_point_at(text, i);
        if (is_word_char(cp.value)) {
            i += cp.length;
            continue;
        }
        if (i == at) break;
        std::size_t next = i + cp.length;
        bool next_is_word = next < limit && is_word_char(code_point_at(text, next).value);
        bool digits = std::isdigit(static_cast<unsigned char>(text[i - 1])) && next < limit &&
                      std::isdigit(static_cast<unsigned char>(text[next]));
        if (is_apostrophe(cp.value) && !contains(marks.closes, i) && !contains(marks.opens, i)) {
            // "officials'" keeps its possessive mark; "Trump's" its ending.
            if (next_is_word || text[i - 1] == 's' || text[i - 1] == 'S') {
                i = next;
                continue;
            }
            break;
        }
        if ((cp.value == '-' || cp.value == '&' || cp.value == '/') && next_is_word) {
            i = next;
            continue;
        }
        // Mis-decoded or symbol characters inside a name ("FranÃ§ois") stay in the word.
        if (cp.value >= 0x80 && !(cp.value >= 0x2000 && cp.value <= 0x206F) && cp.value != 0xAB && cp.value != 0xBB &&
            !is_space(cp.value) && next_is_word) {
            i = next;
            continue;
        }
        if (cp.value == '%' && std::isdigit(static_cast<unsigned char>(text[i - 1]))) {  // "85%"
            i = next;
            continue;
        }
        if (cp.value == ',' && digits) {
            i = next;
            continue;
        }
        // Inside a sentence a dot after a word belongs to an abbreviation ("Sen.", "(I-Conn.)"),
        // but not one before an ellipsis's dots or a closing mark after a plain word ("said.)").
        if (cp.value == '.' && next < limit && abbreviation_dot(text, at, next)) {
            i = next;
            continue;
        }
        break;
    }
    return i;
}

TokenKind mark_kind(UChar32 c, std::size_t at, const QuoteMarks& marks) {
    if (contains(marks.opens, at)) return TokenKind::QuoteOpen;
    if (contains(marks.closes, at)) return TokenKind::QuoteClose;
    switch (c) {
        case ',': return TokenKind::Comma;
        case ':': return TokenKind::Colon;
        case ';': return TokenKind::Semicolon;
        case '(': case '[': return TokenKind::OpenParen;
        case ')': case ']': return TokenKind::CloseParen;
        case '.': case '!': case '?': return TokenKind::End;
        default: break;
    }
    return is_dash(c) ? TokenKind::Dash : TokenKind::Other;
}

// Lower-cases ASCII letters; a curly apostrophe folds to a straight one, so "didn’t" finds the
// lexicon's "didn't".
std::string fold(std::string_view word) {
    static constexpr std::string_view kCurly = "’";
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i, kCurly.size()) == kCurly) {
            out.push_back('\'');
            i += kCurly.size() - 1;
            continue;
        }
        const char c = word[i];
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

bool inside(const std::vector<Span>& inners, Span span) {
    return std::any_of(inners.begin(), inners.end(), [&](const Span& inner) { return inner.contains(span); });
}

}  // namespace

std::vector<Token> tokenize_sentence(std::string_view text, Span sentence, const std::vector<Quote>& quotes) {
    const QuoteMarks marks = quote_marks(sentence, quotes);
    std::vector<Token> tokens;
    tokens.reserve(sentence.size() / 4);  // about five bytes a word with its space
    std::size_t i = sentence.start;
    while (i < sentence.end) {
        CodePoint cp = code_point_at(text, i);
        if (is_space(cp.value)) {
            i += cp.length;
            continue;
        }
        Token token;
        std::size_t end = is_word_char(cp.value) ? word_end(text, i, sentence.end, marks) : i + cp.length;
        if (const Span* mark = mark_at(marks.opens, i)) end = mark->end;
        if (const Span* mark = mark_at(marks.closes, i)) end = mark->end;
        // A dot that ends the sentence is its own mark, not part of the last word.
        if (end == sentence.end && end > i + 1 && text[end - 1] == '.' && is_word_char(cp.value)) --end;
        token.span = Span{i, end};
        if (is_word_char(cp.value)) {
            token.kind = TokenKind::Word;
            token.lower = fold(token.span.in(text));
            token.capitalised = u_isupper(cp.value) || u_istitle(cp.value);
        } else {
            token.kind = mark_kind(cp.value, i, marks);
        }
        token.in_quote = inside(marks.inners, token.span);
        tokens.push_back(std::move(token));
        i = end;
    }
    return tokens;
}

std::vector<std::vector<Quote>> quotes_by_sentence(const Segmented& seg) {
    std::vector<std::vector<Quote>> out(seg.sentences.size());
    for (const Quote& quote : seg.quotes) {
        // Outer quotations never overlap, so each sentence gets a few: nested ones (which every
        // reader checks against depth 0 anyway) would make this quadratic on unclosed marks.
        if (quote.depth != 0) continue;
        // The first sentence that ends after the quotation starts (sentences are in text order).
        auto first = std::partition_point(seg.sentences.begin(), seg.sentences.end(),
                                          [&](const Sentence& s) { return s.span.end <= quote.span.start; });
        for (auto it = first; it != seg.sentences.end() && it->span.start < quote.span.end; ++it)
            out[static_cast<std::size_t>(it - seg.sentences.begin())].push_back(quote);
    }
    return out;
}

std::string_view without_possessive(std::string_view word) {
    for (std::string_view mark : {"'s", "’s", "'S", "'", "’"})
        if (word.size() > mark.size() && word.ends_with(mark)) return word.substr(0, word.size() - mark.size());
    return word;
}

bool is_possessive(std::string_view word) { return without_possessive(word).size() != word.size(); }

}  // namespace claimcheck
