// The output of the load stage: the prose of a draft as plain UTF-8 (NFC), split into tagged
// blocks, with a map from every analysed byte back to the original file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/span.hpp"

namespace claimcheck {

enum class BlockKind {
    Headline,
    Heading,
    Paragraph,
    Caption,
    Credit,
    Byline,
    Dateline,
    Blockquote,
    ListItem,
    Boilerplate,
};

const char* block_kind_name(BlockKind kind);

// Whether a block is the story's own text (headline, headings, paragraphs, quotes, lists) as
// opposed to furniture around it (captions, credits, bylines, datelines, boilerplate), which
// is never searched for attributions or claims.
bool is_story_text(BlockKind kind);

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    Span span;  // into Document::text; blocks are separated by "\n\n" in that text
};

// A position in the original file.
struct Position {
    std::size_t byte = 0;  // UTF-8 byte offset into the original file
    int line = 1;          // 1-based
    int column = 1;        // 1-based, in Unicode code points
};

// Maps offsets of Document::text back to the original bytes. The analysed text is built from
// runs copied (or NFC-normalised) from the original; each run is one Piece.
class SourceMap {
public:
    struct Piece {
        std::size_t text_start = 0;
        std::size_t text_length = 0;
        std::size_t original_start = 0;
        std::size_t original_length = 0;  // differs from text_length only where NFC changed bytes
    };

    // `original` must outlive the map (the Document owns both).
    void set_original(const std::string* original);
    void add_piece(Piece piece);  // pieces must be added in increasing text_start order

    // Byte offset in the original for an analysed-text offset. `is_end` picks the end of a run
    // for exclusive end offsets that fall between two pieces.
    std::size_t original_offset(std::size_t text_offset, bool is_end = false) const;
    // Line and column (code points) of an original byte offset; O(log lines).
    Position position_of_original(std::size_t original_byte) const;
    Position position(std::size_t text_offset, bool is_end = false) const;

    const std::vector<Piece>& pieces() const { return pieces_; }

    // Points the map at `original` again without rebuilding the line index: used when the
    // owning Document moves (a moved std::string may live at a new address).
    void rebind_original(const std::string* original) { original_ = original; }
    // Forgets every mapped text byte at or after `text_size` (the builder trims trailing blanks).
    void truncate_text(std::size_t text_size);

private:
    const std::string* original_ = nullptr;
    std::vector<Piece> pieces_;
    std::vector<std::size_t> line_starts_;  // built once from the original
    // Code points from the start of the line to each multiple of kColumnStride bytes, so a
    // column costs at most kColumnStride bytes of counting even on a megabyte-long line.
    static constexpr std::size_t kColumnStride = 256;
    std::vector<int> columns_at_stride_;
};

// An HTML comment of the original (Markdown and HTML drafts), kept for inline suppressions
// (`<!-- claimcheck-disable-next-line ID -->`); comments never reach Document::text.
struct SourceComment {
    std::string text;                // between "<!--" and "-->"
    std::size_t original_start = 0;  // byte offset of "<!--"
    std::size_t original_end = 0;    // just past "-->"
};

// Jsonl is an archive of many documents (see document/jsonl.hpp); each record loads as Text.
enum class InputFormat { Text, Markdown, Html, Docx, Jsonl };

struct Document {
    std::string path;       // as given by the user; "-" or the --stdin-filename for stdin
    InputFormat format = InputFormat::Text;
    std::string original;   // the file's bytes, untouched (a .docx: its paragraphs, one a line)
    std::string text;       // analysed text: prose blocks joined by "\n\n"
    std::vector<Block> blocks;
    SourceMap map;
    std::vector<SourceComment> comments;  // in file order
    // What went wrong without stopping the check (bytes that are not UTF-8, replaced; a sentence
    // over the length limit, not analysed): reported as errors beside the findings, so the run
    // exits with status 2 and nothing is dropped unsaid.
    std::vector<UserError> problems;

    Document() = default;
    Document(const Document&) = delete;             // the map points into `original`
    Document& operator=(const Document&) = delete;
    Document(Document&& other) noexcept;
    Document& operator=(Document&& other) noexcept;
};

}  // namespace claimcheck
