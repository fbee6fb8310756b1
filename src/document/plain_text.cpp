#include "document/plain_text.hpp"

#include <string_view>
#include <vector>

#include "document/block_builder.hpp"

namespace claimcheck {

namespace {

struct Line {
    std::size_t start = 0;         // first byte after leading blanks
    std::size_t end = 0;           // one past the last byte before trailing blanks
    std::size_t break_start = 0;   // the line break that ends the line
    std::size_t break_length = 0;  // 0 at the end of the file
    int code_points = 0;
};

bool is_ascii_blank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

// Length of the blank (white space) character at `i`, or 0. U+00A0 counts: web copy pads with it.
std::size_t blank_length_at(std::string_view s, std::size_t i) {
    if (is_ascii_blank(s[i])) return 1;
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
    return 0;
}

std::size_t blank_length_before(std::string_view s, std::size_t end) {
    if (is_ascii_blank(s[end - 1])) return 1;
    if (end >= 2 && s[end - 2] == '\xC2' && s[end - 1] == '\xA0') return 2;
    return 0;
}

int count_code_points(std::string_view s, std::size_t begin, std::size_t end) {
    int count = 0;
    for (std::size_t i = begin; i < end; ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++count;
    }
    return count;
}

// Reads the line at `pos` and returns the offset where the next line starts.
std::size_t read_line(std::string_view s, std::size_t pos, Line& line) {
    std::size_t end = pos;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r')
        ++end;
    line.break_start = end;
    line.break_length = 0;
    if (end < s.size())
        line.break_length = (s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1;
    const std::size_t next = end + line.break_length;
    std::size_t start = pos;
    while (start < end) {
        const std::size_t n = blank_length_at(s, start);
        if (n == 0) break;
        start += n;
    }
    while (end > start) {
        const std::size_t n = blank_length_before(s, end);
        if (n == 0) break;
        end -= n;
    }
    line.start = start;
    line.end = end;
    line.code_points = count_code_points(s, start, end);
    return next;
}

bool is_hard_wrapped(const std::vector<Line>& group) {
    for (std::size_t i = 0; i + 1 < group.size(); ++i) {
        if (group[i].code_points > kHardWrapWidth || group[i].code_points < kHardWrapMinimum) return false;
    }
    return true;
}

// The first block is the headline when it looks like one: a single line of headline length.
// (An archive that lost its line breaks puts a whole story on one line.)
BlockKind next_kind(const BlockBuilder& out, bool headline_shaped) {
    return out.block_count() == 0 && headline_shaped ? BlockKind::Headline : BlockKind::Paragraph;
}

void append_line(std::string_view s, const Line& line, BlockBuilder& out) {
    out.append_original(s.substr(line.start, line.end - line.start), line.start);
}

void emit_group(std::string_view s, const std::vector<Line>& group, BlockBuilder& out) {
    if (group.empty()) return;
    if (is_hard_wrapped(group)) {
        out.open(next_kind(out, group.size() == 1 && group[0].code_points <= kHeadlineMaxWidth));
        for (std::size_t i = 0; i < group.size(); ++i) {
            if (i > 0) out.line_break(group[i - 1].break_start, group[i - 1].break_length);
            append_line(s, group[i], out);
        }
        out.close();
        return;
    }
    for (const Line& line : group) {
        out.open(next_kind(out, line.code_points <= kHeadlineMaxWidth));
        append_line(s, line, out);
        out.close();
    }
}

}  // namespace

void parse_plain_text(Document& doc, std::size_t body_start) {
    const std::string_view s = doc.original;
    BlockBuilder out(doc);
    std::vector<Line> group;
    Line line;
    std::size_t pos = body_start;
    while (pos < s.size()) {
        pos = read_line(s, pos, line);
        if (line.start == line.end) {
            emit_group(s, group, out);
            group.clear();
        } else {
            group.push_back(line);
        }
    }
    emit_group(s, group, out);
}

}  // namespace claimcheck
