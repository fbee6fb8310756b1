#include "document/html_text.hpp"

namespace claimcheck {

namespace {

bool is_html_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_line_end(char c) { return c == '\n' || c == '\r'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_hex(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_alnum(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the character reference that starts at text[at] ('&'), by its syntax alone (gumbo
// decides what it means); 0 when the '&' starts none.
std::size_t reference_length(std::string_view text, std::size_t at) {
    std::size_t end = at + 1;
    if (end < text.size() && text[end] == '#') {
        ++end;
        const bool hex = end < text.size() && (text[end] == 'x' || text[end] == 'X');
        if (hex) ++end;
        const std::size_t digits = end;
        while (end < text.size() && (hex ? is_ascii_hex(text[end]) : is_ascii_digit(text[end]))) ++end;
        if (end == digits) return 0;
    } else {
        const std::size_t name = end;
        while (end < text.size() && is_ascii_alnum(text[end])) ++end;
        if (end == name) return 0;
    }
    if (end < text.size() && text[end] == ';') ++end;
    return end - at;
}

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    return 4;
}

class Aligner {
public:
    Aligner(BlockBuilder& out, std::string_view decoded, std::string_view original, std::size_t base)
        : out_(out), decoded_(decoded), original_(original), base_(base) {}

    void run() {
        while (j_ < decoded_.size()) {
            if (!step()) {
                fall_back();
                return;
            }
        }
        flush();
    }

private:
    // One step of the walk; false when the two texts no longer line up.
    bool step() {
        if (i_ >= original_.size()) return false;
        const char c = original_[i_];
        if (is_html_blank(c)) return blanks();
        if (c == '&') return reference();
        if (c == '<' && decoded_[j_] != '<') return markup();
        if (c != decoded_[j_]) return false;
        ++i_;
        ++j_;
        return true;
    }

    // HTML collapses blanks: a run becomes one space, mapped to its line break when it holds one.
    // A break (unlike a copied blank) is dropped at the start and end of a block.
    bool blanks() {
        flush();
        std::size_t at = i_;
        std::size_t length = 1;
        while (i_ < original_.size() && is_html_blank(original_[i_])) {
            const char c = original_[i_];
            if ((c == '\n' || c == '\r') && !is_line_end(original_[at])) {
                at = i_;
                length = original_.substr(i_, 2) == "\r\n" ? 2 : 1;
            }
            ++i_;
        }
        while (j_ < decoded_.size() && is_html_blank(decoded_[j_])) ++j_;
        out_.line_break(base_ + at, length);
        start_ = i_;
        return true;
    }

    bool reference() {
        const std::size_t length = reference_length(original_, i_);
        if (length == 0 || decoded_.substr(j_, length) == original_.substr(i_, length)) {
            ++i_;  // a bare '&' or a reference gumbo left as written: plain text
            ++j_;
            return true;
        }
        flush();
        // A reference decodes to one character (the few with two are left to the fallback).
        const std::size_t width = utf8_length(static_cast<unsigned char>(decoded_[j_]));
        if (j_ + width > decoded_.size()) return false;
        out_.append_replacement(decoded_.substr(j_, width), base_ + i_, length);
        i_ += length;
        j_ += width;
        start_ = i_;
        return true;
    }

    bool markup() {
        const std::size_t close = original_.find('>', i_);
        if (close == std::string_view::npos) return false;
        flush();
        out_.omit_inline();
        i_ = close + 1;
        start_ = i_;
        return true;
    }

    void flush() {
        if (i_ > start_) out_.append_original(original_.substr(start_, i_ - start_), base_ + start_);
        start_ = i_;
    }

    void fall_back() {
        flush();
        out_.append_replacement(decoded_.substr(j_), base_ + i_, original_.size() - i_);
    }

    BlockBuilder& out_;
    std::string_view decoded_;
    std::string_view original_;
    std::size_t base_;
    std::size_t i_ = 0;      // into original_
    std::size_t j_ = 0;      // into decoded_
    std::size_t start_ = 0;  // start of the pending run of equal bytes, in original_
};

}  // namespace

void append_html_text(BlockBuilder& out, std::string_view decoded, std::string_view original,
                      std::size_t original_start) {
    Aligner(out, decoded, original, original_start).run();
}

}  // namespace claimcheck
