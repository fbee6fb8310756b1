// Groups the runs a front end (plain text, Markdown) emits into tagged blocks of Document::text.
// A block exists only once it has text: empty paragraphs, image-only paragraphs and the like
// leave no trace. Blocks are joined by an unmapped "\n\n"; inside a block every line break
// becomes one space, mapped to the break, so later stages never see a newline in a sentence.
#pragma once

#include <cstddef>
#include <string_view>

#include "document/document.hpp"
#include "document/text_builder.hpp"

namespace claimcheck {

class BlockBuilder {
public:
    explicit BlockBuilder(Document& doc);

    // Ends the open block (if any) and starts a new one of `kind`.
    void open(BlockKind kind);
    // Ends the open block; its trailing spaces are dropped.
    void close();
    bool is_open() const { return open_; }
    // Number of non-empty blocks so far.
    std::size_t block_count() const { return doc_.blocks.size(); }

    // A slice of the original file at `original_start`. Leading blanks of a block are dropped.
    void append_original(std::string_view run, std::size_t original_start);
    void append_replacement(std::string_view text, std::size_t original_start,
                            std::size_t original_length);
    // A line break of `length` bytes (1 or 2) at `original_start`. It becomes a space only if
    // more text follows in the same block.
    void line_break(std::size_t original_start, std::size_t length);
    // Something between two runs was left out (inline code, a URL, raw HTML): if the text
    // already ends with a blank, the blanks that start the next run are dropped, so
    // "Text with `code` inside" reads "Text with inside", not "Text with  inside".
    void omit_inline();

private:
    void begin_content();

    Document& doc_;
    TextBuilder builder_;
    BlockKind kind_ = BlockKind::Paragraph;
    bool open_ = false;
    bool has_content_ = false;
    std::size_t block_start_ = 0;
    bool break_pending_ = false;
    bool omitted_ = false;
    std::size_t break_start_ = 0;
    std::size_t break_length_ = 0;
};

}  // namespace claimcheck
