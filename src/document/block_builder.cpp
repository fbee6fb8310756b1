#include "document/block_builder.hpp"

namespace claimcheck {

namespace {

std::size_t leading_blanks(std::string_view run) {
    std::size_t n = 0;
    while (n < run.size() && (run[n] == ' ' || run[n] == '\t'))
        ++n;
    return n;
}

}  // namespace

BlockBuilder::BlockBuilder(Document& doc) : doc_(doc), builder_(doc.text, doc.map) {}

void BlockBuilder::open(BlockKind kind) {
    close();
    kind_ = kind;
    open_ = true;
}

void BlockBuilder::close() {
    if (open_ && has_content_) {
        builder_.trim_trailing_blanks(block_start_);
        if (builder_.size() > block_start_) {
            doc_.blocks.push_back(Block{kind_, Span{block_start_, builder_.size()}});
        } else {
            // Only blanks: take back the separator written for this block.
            const std::size_t keep = doc_.blocks.empty() ? 0 : doc_.blocks.back().span.end;
            doc_.text.resize(keep);
            doc_.map.truncate_text(keep);
        }
    }
    open_ = false;
    has_content_ = false;
    break_pending_ = false;
    omitted_ = false;
}

void BlockBuilder::begin_content() {
    if (has_content_) {
        const char last = doc_.text.back();
        if (break_pending_ && last != ' ' && last != '\t') {
            builder_.append_replacement(" ", break_start_, break_length_);
        }
        break_pending_ = false;
        return;
    }
    if (!doc_.blocks.empty()) builder_.append_unmapped("\n\n");
    block_start_ = builder_.size();
    has_content_ = true;
    break_pending_ = false;
}

void BlockBuilder::append_original(std::string_view run, std::size_t original_start) {
    if (!open_) return;
    const bool after_omission = omitted_;
    omitted_ = false;
    const bool ends_blank = has_content_ && !break_pending_ && !doc_.text.empty() &&
                            (doc_.text.back() == ' ' || doc_.text.back() == '\t');
    if (!has_content_ || (after_omission && ends_blank)) {
        const std::size_t skip = leading_blanks(run);
        run.remove_prefix(skip);
        original_start += skip;
    }
    if (run.empty()) return;
    begin_content();
    builder_.append_original(run, original_start);
}

void BlockBuilder::append_replacement(std::string_view text, std::size_t original_start,
                                      std::size_t original_length) {
    if (!open_ || text.empty()) return;
    omitted_ = false;
    begin_content();
    builder_.append_replacement(text, original_start, original_length);
}

void BlockBuilder::omit_inline() {
    if (open_ && has_content_) omitted_ = true;
}

void BlockBuilder::line_break(std::size_t original_start, std::size_t length) {
    if (!open_ || !has_content_ || break_pending_) return;
    break_pending_ = true;
    break_start_ = original_start;
    break_length_ = length;
}

}  // namespace claimcheck
