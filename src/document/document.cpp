#include "document/document.hpp"

#include <algorithm>

namespace claimcheck {

bool is_story_text(BlockKind kind) {
    return kind != BlockKind::Caption && kind != BlockKind::Credit && kind != BlockKind::Byline &&
           kind != BlockKind::Dateline && kind != BlockKind::Boilerplate;
}

const char* block_kind_name(BlockKind kind) {
    switch (kind) {
        case BlockKind::Headline: return "headline";
        case BlockKind::Heading: return "heading";
        case BlockKind::Paragraph: return "paragraph";
        case BlockKind::Caption: return "caption";
        case BlockKind::Credit: return "credit";
        case BlockKind::Byline: return "byline";
        case BlockKind::Dateline: return "dateline";
        case BlockKind::Blockquote: return "blockquote";
        case BlockKind::ListItem: return "list-item";
        case BlockKind::Boilerplate: return "boilerplate";
    }
    return "paragraph";
}

namespace {

constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

bool starts_with_bom(const std::string& bytes) {
    return bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == kBom[0] &&
           static_cast<unsigned char>(bytes[1]) == kBom[1] &&
           static_cast<unsigned char>(bytes[2]) == kBom[2];
}

bool is_linear(const SourceMap::Piece& piece) {
    return piece.text_length == piece.original_length;
}

std::size_t piece_original_end(const SourceMap::Piece& piece) {
    return piece.original_start + piece.original_length;
}

// Code points in a run of valid UTF-8: every byte that is not a continuation byte starts one.
int count_code_points(const char* begin, const char* end) {
    int count = 0;
    for (const char* p = begin; p < end; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) ++count;
    }
    return count;
}

}  // namespace

void SourceMap::set_original(const std::string* original) {
    original_ = original;
    line_starts_.clear();
    columns_at_stride_.clear();
    if (original == nullptr) return;
    const std::string& bytes = *original;
    // Editors do not show a byte order mark, so line 1 starts after it.
    const std::size_t bom = starts_with_bom(bytes) ? 3 : 0;
    line_starts_.push_back(bom);
    columns_at_stride_.reserve(bytes.size() / kColumnStride + 1);
    const std::size_t size = bytes.size();
    int column = 0;  // code points since the start of the line
    for (std::size_t i = 0; i < size; ++i) {
        if (i % kColumnStride == 0) columns_at_stride_.push_back(column);
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 == size || bytes[i + 1] != '\n'))) {
            line_starts_.push_back(i + 1);
            column = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && i >= bom) {
            ++column;  // a CR before LF counts, like any byte before the line's end
        }
    }
}

void SourceMap::add_piece(Piece piece) {
    if (piece.text_length == 0 && piece.original_length == 0) return;
    if (!pieces_.empty()) {
        Piece& last = pieces_.back();
        // Adjacent byte-for-byte runs merge, which keeps lookups short on ordinary prose.
        const bool adjacent = last.text_start + last.text_length == piece.text_start &&
                              piece_original_end(last) == piece.original_start;
        if (adjacent && is_linear(last) && is_linear(piece)) {
            last.text_length += piece.text_length;
            last.original_length += piece.original_length;
            return;
        }
    }
    pieces_.push_back(piece);
}

void SourceMap::truncate_text(std::size_t text_size) {
    while (!pieces_.empty() && pieces_.back().text_start >= text_size)
        pieces_.pop_back();
    if (pieces_.empty()) return;
    Piece& last = pieces_.back();
    const std::size_t kept = text_size - last.text_start;
    if (kept >= last.text_length) return;
    if (is_linear(last)) last.original_length = kept;
    last.text_length = kept;
}

std::size_t SourceMap::original_offset(std::size_t text_offset, bool is_end) const {
    if (pieces_.empty()) return 0;
    // A start offset belongs to the piece that starts at or before it; an exclusive end offset
    // to the piece that starts strictly before it, so an end on a boundary stays in the run
    // it closes.
    const auto after =
        is_end
            ? std::lower_bound(pieces_.begin(), pieces_.end(), text_offset,
                               [](const Piece& p, std::size_t off) { return p.text_start < off; })
            : std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                               [](std::size_t off, const Piece& p) { return off < p.text_start; });
    if (after == pieces_.begin()) return pieces_.front().original_start;
    const Piece& piece = *(after - 1);
    const std::size_t rel = text_offset - piece.text_start;
    const bool inside = is_end ? rel <= piece.text_length : rel < piece.text_length;
    if (!inside) return piece_original_end(piece);  // on a block separator or past the text
    if (is_linear(piece)) return piece.original_start + rel;
    // NFC or a decoded entity changed the bytes: only the whole run has an exact origin.
    return (is_end && rel > 0) ? piece_original_end(piece) : piece.original_start;
}

Position SourceMap::position_of_original(std::size_t original_byte) const {
    Position pos;
    pos.byte = original_byte;
    if (original_ == nullptr || line_starts_.empty()) return pos;
    const std::size_t byte = std::min(original_byte, original_->size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
    if (next == line_starts_.begin()) return pos;  // inside the byte order mark
    const std::size_t line_start = *(next - 1);
    pos.line = static_cast<int>(next - line_starts_.begin());
    const char* data = original_->data();
    std::size_t from = line_start;
    int column = 1;
    if (!columns_at_stride_.empty()) {
        const std::size_t k = std::min(byte / kColumnStride, columns_at_stride_.size() - 1);
        if (k * kColumnStride > line_start) {
            from = k * kColumnStride;
            column += columns_at_stride_[k];
        }
    }
    pos.column = column + count_code_points(data + from, data + byte);
    return pos;
}

Position SourceMap::position(std::size_t text_offset, bool is_end) const {
    return position_of_original(original_offset(text_offset, is_end));
}

Document::Document(Document&& other) noexcept
    : path(std::move(other.path)),
      format(other.format),
      original(std::move(other.original)),
      text(std::move(other.text)),
      blocks(std::move(other.blocks)),
      map(std::move(other.map)),
      comments(std::move(other.comments)),
      problems(std::move(other.problems)) {
    map.rebind_original(&original);
    other.map.rebind_original(&other.original);
}

Document& Document::operator=(Document&& other) noexcept {
    if (this == &other) return *this;
    path = std::move(other.path);
    format = other.format;
    original = std::move(other.original);
    text = std::move(other.text);
    blocks = std::move(other.blocks);
    map = std::move(other.map);
    comments = std::move(other.comments);
    problems = std::move(other.problems);
    map.rebind_original(&original);
    other.map.rebind_original(&other.original);
    return *this;
}

}  // namespace claimcheck
