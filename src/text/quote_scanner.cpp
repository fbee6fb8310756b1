#include "text/quote_scanner.hpp"

#include <algorithm>

#include "text/code_points.hpp"

namespace claimcheck::text {

struct QuoteScanner::Mark {
    std::size_t offset = 0;  // into the block
    std::size_t length = 0;  // bytes
    UChar32 value = 0;
    UChar32 before = kNoCodePoint;
    UChar32 after = kNoCodePoint;

    std::size_t end() const { return offset + length; }
};

namespace {

constexpr UChar32 kLeftSingle = 0x2018;
constexpr UChar32 kRightSingle = 0x2019;
constexpr UChar32 kLeftDouble = 0x201C;
constexpr UChar32 kRightDouble = 0x201D;
constexpr UChar32 kLeftGuillemet = 0xAB;
constexpr UChar32 kRightGuillemet = 0xBB;
constexpr std::size_t kDiscarded = std::string_view::npos;

// The quote mark that starts at `offset` (setting `length`), or 0. This runs on every byte, so
// it tests raw bytes: the curly marks are E2 80 98..9D, the guillemets C2 AB and C2 BB.
UChar32 mark_at(std::string_view text, std::size_t offset, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    // Two apostrophes stand for a double mark in some wire and archive copy (''Yes,'' he said),
    // and two backticks for an opening one.
    if ((byte == '\'' || byte == '`') && offset + 1 < text.size() && text[offset + 1] == static_cast<char>(byte)) {
        length = 2;
        return byte == '`' ? kLeftDouble : '"';
    }
    if (byte == '"' || byte == '\'') {
        length = 1;
        return byte;
    }
    if (byte == 0xE2 && offset + 2 < text.size() && static_cast<unsigned char>(text[offset + 1]) == 0x80) {
        const auto last = static_cast<unsigned char>(text[offset + 2]);
        if (last == 0x98 || last == 0x99 || last == 0x9C || last == 0x9D) {
            length = 3;
            return 0x2000 + (last & 0x3F);
        }
    }
    if (byte == 0xC2 && offset + 1 < text.size()) {
        const auto last = static_cast<unsigned char>(text[offset + 1]);
        if (last == 0xAB || last == 0xBB) {
            length = 2;
            return last;
        }
    }
    return 0;
}

// Locale-independent ASCII tests: the elisions and decades below are plain ASCII.
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_text(UChar32 c) { return c != kNoCodePoint && !is_space(c); }

// A mark after one of these can open a quote: "(‘", "—“", " '".
bool is_opening_neighbour(UChar32 c) {
    if (c == kNoCodePoint || is_space(c)) return true;
    const auto type = u_charType(c);
    return type == U_START_PUNCTUATION || type == U_DASH_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

// Bytes of an elision after an apostrophe at the start of a word ('n', 'em, 'til …), including
// the second apostrophe of 'n'; 0 when the word is not one.
std::size_t elision_length(std::string_view text, std::size_t offset) {
    static constexpr std::string_view kElisions[] = {"n", "em", "til", "tis", "twas", "cause", "cos", "bout"};
    std::size_t end = offset;
    while (end < text.size() && end - offset < 6 && is_ascii_letter(text[end])) ++end;
    if (is_letter(code_point_at(text, end).value)) return 0;
    char word[6] = {};
    for (std::size_t i = offset; i < end; ++i) word[i - offset] = ascii_lower(text[i]);
    const std::string_view lowered(word, end - offset);
    if (std::find(std::begin(kElisions), std::end(kElisions), lowered) == std::end(kElisions)) return 0;
    if (lowered == "n") {
        std::size_t length = 0;
        const UChar32 next = end < text.size() ? mark_at(text, end, length) : 0;
        if (next == '\'' || next == kRightSingle) end += length;
    }
    return end - offset;
}

// "the ‘90s": a left single mark used as an apostrophe before a decade.
bool starts_decade(std::string_view text, std::size_t offset) {
    return offset + 2 < text.size() && is_ascii_digit(text[offset]) && is_ascii_digit(text[offset + 1]) &&
           text[offset + 2] == 's';
}

// Whether a single mark (' or ‘) whose next code point is `after`, at `after_offset`, can begin
// a quotation: a letter follows (or a number after ‘, except a decade).
bool single_can_open(UChar32 mark, std::string_view text, std::size_t after_offset, UChar32 after) {
    if (mark == kRightSingle) return false;
    if (is_letter(after)) return true;
    return mark == kLeftSingle && is_digit(after) && !starts_decade(text, after_offset);
}

std::size_t first_non_space(std::string_view text) {
    std::size_t offset = 0;
    while (offset < text.size()) {
        const CodePoint c = code_point_at(text, offset);
        if (!is_space(c.value)) break;
        offset += c.length;
    }
    return offset;
}

std::size_t end_without_space(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0) {
        const CodePoint c = code_point_before(text, end);
        if (!is_space(c.value)) break;
        end -= c.length;
    }
    return end;
}

// Whether the text before `offset` ends a sentence: ". ", "? ", "! ", "… " (at least one space).
bool follows_sentence_end(std::string_view text, std::size_t offset) {
    std::size_t end = offset;
    while (end > 0) {
        const CodePoint c = code_point_before(text, end);
        if (!is_space(c.value)) break;
        end -= c.length;
    }
    if (end == offset) return false;
    const UChar32 last = code_point_before(text, end).value;
    return last == '.' || last == '?' || last == '!' || last == 0x2026;
}

// Whether `block` opens with a single quotation mark (not an elision like 'em).
bool opens_with_single_quote(std::string_view block) {
    const std::size_t offset = first_non_space(block);
    if (offset >= block.size()) return false;
    std::size_t length = 0;
    const UChar32 mark = mark_at(block, offset, length);
    if (mark != '\'' && mark != kLeftSingle) return false;
    const std::size_t after_offset = offset + length;
    return single_can_open(mark, block, after_offset, code_point_at(block, after_offset).value) &&
           elision_length(block, after_offset) == 0;
}

}  // namespace

void QuoteScanner::scan_block(std::string_view block, std::size_t base, std::string_view next_block,
                              std::vector<Quote>& out) {
    block_ = block;
    base_ = base;
    out_ = &out;
    block_first_slot_ = out.size();
    first_text_ = first_non_space(block);
    last_open_end_ = std::string_view::npos;

    for (std::size_t offset = 0; offset < block.size();) {
        std::size_t length = 0;
        UChar32 value = mark_at(block, offset, length);
        // "…bomb them,'''": the first of three apostrophes closes the single quote open inside
        // the double one that the other two close.
        if (length == 2 && block[offset] == '\'' && offset + 2 < block.size() && block[offset + 2] == '\'' &&
            has_open(QuoteFamily::Single)) {
            value = '\'';
            length = 1;
        }
        if (value == 0) {
            ++offset;
            continue;
        }
        const Mark mark{offset, length, value, code_point_before(block, offset).value,
                        code_point_at(block, offset + length).value};
        offset = handle_mark(mark);
    }
    finish_block(next_block);
}

// Decides what one mark does and returns the offset where scanning resumes.
std::size_t QuoteScanner::handle_mark(const Mark& mark) {
    const bool opening_place = is_opening_neighbour(mark.before) || last_open_end_ == mark.offset;
    switch (mark.value) {
        case '"':
            if (opening_place && is_text(mark.after)) {
                open_double(mark);
            } else if (has_open(QuoteFamily::Double)) {
                close(mark, QuoteFamily::Double);
            } else if (is_alnum(mark.after)) {  // missing space: said"yes"
                open(mark, QuoteFamily::Double);
            }  // else a stray mark, such as an inch sign
            break;
        case kLeftDouble:
            if (has_open(QuoteFamily::Double) && !is_text(mark.after)) {  // misused as a closing mark
                close(mark, QuoteFamily::Double);
            } else {
                open_double(mark);
            }
            break;
        case kRightDouble:
            if (has_open(QuoteFamily::Double)) {
                close(mark, QuoteFamily::Double);
            } else if (opening_place && is_text(mark.after)) {  // misused as an opening mark
                open_double(mark);
            }
            break;
        case kLeftGuillemet:
            open(mark, QuoteFamily::Guillemet);
            break;
        case kRightGuillemet:
            if (has_open(QuoteFamily::Guillemet)) close(mark, QuoteFamily::Guillemet);
            break;
        default:
            return handle_single(mark);
    }
    return mark.end();
}

std::size_t QuoteScanner::handle_single(const Mark& mark) {
    // Inside a word: Korea's, don't, Moon’s, 1990's.
    if (is_alnum(mark.before) && is_letter(mark.after)) return mark.end();

    const bool opening_place = is_opening_neighbour(mark.before) || last_open_end_ == mark.offset;
    if (opening_place && single_can_open(mark.value, block_, mark.end(), mark.after)) {
        if (const std::size_t elision = elision_length(block_, mark.end()); elision > 0) {
            return mark.end() + elision;  // rock 'n' roll, 'em
        }
        open(mark, QuoteFamily::Single);
        return mark.end();
    }
    if (mark.value != kLeftSingle && has_open(QuoteFamily::Single) && is_text(mark.before) &&
        !is_alnum(mark.after)) {
        close(mark, QuoteFamily::Single);
    }
    // Otherwise an apostrophe: the players' union, the '90s, a stray mark.
    return mark.end();
}

// An opening double mark after a sentence end while a double quote is the innermost open one
// starts the next paragraph of that quotation in text whose paragraph breaks were lost
// (`"We are ready. "We will wait," he said.`): the newspaper convention inside one block.
void QuoteScanner::open_double(const Mark& mark) {
    const bool next_paragraph = !stack_.empty() && stack_.back().family == QuoteFamily::Double &&
                                follows_sentence_end(block_, mark.offset);
    if (next_paragraph) {
        Quote& previous = (*out_)[stack_.back().slot];
        const std::size_t end = base_ + end_without_space(block_.substr(0, mark.offset));
        previous.span.end = end;
        previous.inner.end = end;
        previous.closed = false;
        stack_.pop_back();
        --open_count_[static_cast<int>(QuoteFamily::Double)];
    }
    open(mark, QuoteFamily::Double, next_paragraph);
}

void QuoteScanner::open(const Mark& mark, QuoteFamily family, bool continues) {
    Quote quote;
    quote.span = {base_ + mark.offset, base_ + mark.end()};
    quote.inner = {base_ + mark.end(), base_ + mark.end()};
    quote.continued = continues || (carried_ == family && mark.offset == first_text_);
    stack_.push_back({out_->size(), family});
    ++open_count_[static_cast<int>(family)];
    out_->push_back(quote);
    last_open_end_ = mark.end();
}

// Closes the innermost open quote of `family`; quotes of other families opened inside it and
// never closed were not quotations (an apostrophe read as a single quote, a stray mark).
void QuoteScanner::close(const Mark& mark, QuoteFamily family) {
    while (!stack_.empty()) {
        const OpenQuote top = stack_.back();
        stack_.pop_back();
        --open_count_[static_cast<int>(top.family)];
        if (top.family != family) {
            discard(top);
            continue;
        }
        Quote& quote = (*out_)[top.slot];
        quote.span.end = base_ + mark.end();
        quote.inner.end = base_ + mark.offset;
        quote.closed = true;
        return;
    }
}

void QuoteScanner::discard(const OpenQuote& quote) { (*out_)[quote.slot].span.start = kDiscarded; }

void QuoteScanner::finish_block(std::string_view next_block) {
    const std::size_t end = base_ + end_without_space(block_);
    const bool single_continues = !next_block.empty() && opens_with_single_quote(next_block);
    for (std::size_t depth = 0; depth < stack_.size(); ++depth) {
        const OpenQuote& open_quote = stack_[depth];
        if (open_quote.family == QuoteFamily::Single && !(depth == 0 && single_continues)) {
            discard(open_quote);
            continue;
        }
        Quote& quote = (*out_)[open_quote.slot];
        quote.span.end = end;
        quote.inner.end = end;
        quote.closed = false;
    }
    carried_.reset();
    if (!stack_.empty() && !next_block.empty() && (*out_)[stack_.front().slot].span.start != kDiscarded) {
        carried_ = stack_.front().family;
    }
    stack_.clear();
    std::fill(std::begin(open_count_), std::end(open_count_), 0);
    compact_and_set_depths();
}

// Drops the discarded quotes of the block and counts, for each quote, the quotes around it.
void QuoteScanner::compact_and_set_depths() {
    std::vector<Quote>& out = *out_;
    const auto first = out.begin() + static_cast<std::ptrdiff_t>(block_first_slot_);
    out.erase(std::remove_if(first, out.end(), [](const Quote& q) { return q.span.start == kDiscarded; }),
              out.end());
    enclosing_ends_.clear();
    for (std::size_t i = block_first_slot_; i < out.size(); ++i) {
        Quote& quote = out[i];
        while (!enclosing_ends_.empty() && enclosing_ends_.back() <= quote.span.start) enclosing_ends_.pop_back();
        quote.depth = static_cast<int>(enclosing_ends_.size());
        enclosing_ends_.push_back(quote.span.end);
    }
}

}  // namespace claimcheck::text
