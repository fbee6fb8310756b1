#include "document/markdown.hpp"

#include <md4c.h>

#include <climits>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "document/block_builder.hpp"
#include "document/entities.hpp"

namespace claimcheck {

namespace {

// ---- front matter -------------------------------------------------------------------------

struct LineView {
    std::string_view content;  // without the line break
    std::size_t next = 0;      // where the next line starts
    bool has_break = false;
};

LineView line_at(std::string_view s, std::size_t pos) {
    std::size_t end = pos;
    while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
    LineView line;
    line.content = s.substr(pos, end - pos);
    line.has_break = end < s.size();
    line.next = end;
    if (line.has_break) line.next += (s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1;
    return line;
}

bool is_fence(std::string_view content, std::string_view fence) {
    if (content.substr(0, fence.size()) != fence) return false;
    for (char c : content.substr(fence.size())) {
        if (c != ' ' && c != '\t') return false;
    }
    return true;
}

// ---- md4c callbacks -----------------------------------------------------------------------

// The parser keeps block kinds from its containers: the innermost quote or list item decides.
enum class Container { Quote, ListItem };

class MarkdownReader {
public:
    MarkdownReader(Document& doc, std::size_t body_start)
        : doc_(doc),
          out_(doc),
          body_(doc.original.data() + body_start),
          body_size_(doc.original.size() - body_start),
          base_(body_start),
          last_end_(body_start) {}

    int enter_block(MD_BLOCKTYPE type, void* detail);
    int leave_block(MD_BLOCKTYPE type);
    int enter_span(MD_SPANTYPE type, void* detail);
    int leave_span(MD_SPANTYPE type);
    int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size);

    const char* body() const { return body_; }
    std::size_t body_size() const { return body_size_; }
    void finish() { out_.close(); }

private:
    bool in_body(const char* p, std::size_t size) const {
        return p >= body_ && p <= body_ + body_size_ && size <= static_cast<std::size_t>(body_ + body_size_ - p);
    }
    std::size_t original_offset(const char* p) const {
        return base_ + static_cast<std::size_t>(p - body_);
    }
    BlockKind container_kind(BlockKind fallback) const;
    bool is_autolink_text(const char* text, std::size_t size) const;
    void line_break();
    void entity(std::string_view reference, std::size_t original_start);

    Document& doc_;
    BlockBuilder out_;
    const char* body_;
    std::size_t body_size_;
    std::size_t base_;
    std::size_t last_end_;  // original offset just past the last run md4c reported

    std::vector<Container> containers_;
    int skip_depth_ = 0;   // inside code blocks, HTML blocks, tables
    int image_depth_ = 0;  // alt text is not prose
    bool in_link_ = false;
    bool link_seen_text_ = false;
    bool drop_link_ = false;
    std::string_view href_;
    std::string scratch_;  // decoded entities; reused
};

BlockKind MarkdownReader::container_kind(BlockKind fallback) const {
    if (containers_.empty()) return fallback;
    return containers_.back() == Container::Quote ? BlockKind::Blockquote : BlockKind::ListItem;
}

int MarkdownReader::enter_block(MD_BLOCKTYPE type, void* detail) {
    out_.close();
    switch (type) {
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TABLE:
            ++skip_depth_;
            break;
        case MD_BLOCK_QUOTE:
            containers_.push_back(Container::Quote);
            break;
        case MD_BLOCK_LI:
            containers_.push_back(Container::ListItem);
            break;
        case MD_BLOCK_P:
            if (skip_depth_ == 0) out_.open(container_kind(BlockKind::Paragraph));
            break;
        case MD_BLOCK_H: {
            if (skip_depth_ > 0) break;
            const unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
            const bool headline = level == 1 && out_.block_count() == 0 && containers_.empty();
            out_.open(headline ? BlockKind::Headline : BlockKind::Heading);
            break;
        }
        default:
            break;
    }
    return 0;
}

int MarkdownReader::leave_block(MD_BLOCKTYPE type) {
    out_.close();
    switch (type) {
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TABLE:
            --skip_depth_;
            break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_LI:
            if (!containers_.empty()) containers_.pop_back();
            break;
        default:
            break;
    }
    return 0;
}

int MarkdownReader::enter_span(MD_SPANTYPE type, void* detail) {
    if (type == MD_SPAN_IMG) {
        ++image_depth_;
        out_.omit_inline();
    } else if (type == MD_SPAN_A) {
        const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        in_link_ = true;
        link_seen_text_ = false;
        drop_link_ = false;
        href_ = std::string_view(a->href.text, a->href.size);
    }
    return 0;
}

int MarkdownReader::leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) {
        --image_depth_;
    } else if (type == MD_SPAN_A) {
        in_link_ = false;
        drop_link_ = false;
    }
    return 0;
}

// md4c 0.4 does not flag autolinks, but their text is the destination itself (give or take
// the scheme md4c adds to "www." and e-mail links).
bool MarkdownReader::is_autolink_text(const char* text, std::size_t size) const {
    const std::string_view shown(text, size);
    if (href_ == shown) return true;
    for (std::string_view scheme : {std::string_view("http://"), std::string_view("mailto:")}) {
        if (href_.size() == scheme.size() + size && href_.substr(0, scheme.size()) == scheme &&
            href_.substr(scheme.size()) == shown) {
            return true;
        }
    }
    return false;
}

// md4c reports a break as a literal "\n"; the break itself is the first CR or LF after the
// text before it (trailing spaces and a hard-break backslash may come in between).
void MarkdownReader::line_break() {
    const std::string& s = doc_.original;
    std::size_t pos = last_end_;
    while (pos < s.size() && s[pos] != '\n' && s[pos] != '\r') ++pos;
    if (pos >= s.size()) {
        out_.line_break(last_end_, 0);
        return;
    }
    const std::size_t length = (s[pos] == '\r' && pos + 1 < s.size() && s[pos + 1] == '\n') ? 2 : 1;
    out_.line_break(pos, length);
}

void MarkdownReader::entity(std::string_view reference, std::size_t original_start) {
    scratch_.clear();
    if (decode_entity(reference, scratch_)) {
        out_.append_replacement(scratch_, original_start, reference.size());
    } else {
        out_.append_original(reference, original_start);
    }
}

int MarkdownReader::text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    const bool mapped = in_body(text, size);
    const std::size_t start = mapped ? original_offset(text) : last_end_;
    if (mapped) last_end_ = start + size;
    if (skip_depth_ > 0 || image_depth_ > 0) return 0;
    if (in_link_ && !link_seen_text_) {
        link_seen_text_ = true;
        drop_link_ = type == MD_TEXT_NORMAL && is_autolink_text(text, size);
    }
    if (drop_link_ || type == MD_TEXT_CODE || type == MD_TEXT_HTML ||
        type == MD_TEXT_LATEXMATH) {
        out_.omit_inline();
        return 0;
    }
    // Text outside any paragraph comes from a tight list item.
    if (!out_.is_open() && (type == MD_TEXT_NORMAL || type == MD_TEXT_ENTITY)) {
        out_.open(container_kind(BlockKind::Paragraph));
    }
    switch (type) {
        case MD_TEXT_NORMAL:
            if (mapped) {
                out_.append_original(std::string_view(text, size), start);
            } else {
                out_.append_replacement(std::string_view(text, size), start, 0);
            }
            break;
        case MD_TEXT_ENTITY:
            entity(std::string_view(text, size), start);
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            line_break();
            break;
        default:
            break;  // inline code, inline HTML, NUL replacement, math: not prose
    }
    return 0;
}

// md4c is C: exceptions must not cross it, so each callback stores the first one and aborts.
struct CallbackContext {
    MarkdownReader* reader;
    std::exception_ptr error;
};

template <typename F>
int guarded(void* userdata, F&& call) {
    auto* context = static_cast<CallbackContext*>(userdata);
    try {
        return call(*context->reader);
    } catch (...) {
        context->error = std::current_exception();
        return 1;
    }
}

MD_PARSER make_parser() {
    MD_PARSER parser;
    std::memset(&parser, 0, sizeof parser);
    // Tables are recognised only to be skipped; bare URLs are recognised so they can be dropped.
    // Strikethrough stays off: "~50 people" must not turn into deleted text.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* userdata) {
        return guarded(userdata, [&](MarkdownReader& r) { return r.enter_block(type, detail); });
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* userdata) {
        return guarded(userdata, [&](MarkdownReader& r) { return r.leave_block(type); });
    };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* userdata) {
        return guarded(userdata, [&](MarkdownReader& r) { return r.enter_span(type, detail); });
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* userdata) {
        return guarded(userdata, [&](MarkdownReader& r) { return r.leave_span(type); });
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
        return guarded(userdata, [&](MarkdownReader& r) { return r.text(type, text, size); });
    };
    return parser;
}

}  // namespace

std::size_t skip_front_matter(std::string_view bytes, std::size_t start) {
    LineView first = line_at(bytes, start);
    if (!first.has_break || !is_fence(first.content, "---")) return start;
    std::size_t pos = first.next;
    while (pos < bytes.size()) {
        const LineView line = line_at(bytes, pos);
        if (is_fence(line.content, "---") || is_fence(line.content, "...")) return line.next;
        pos = line.next;
    }
    return start;  // never closed: a thematic break, not front matter
}

void parse_markdown(Document& doc, std::size_t body_start) {
    if (doc.original.size() - body_start > UINT_MAX) {
        throw UserError(Location{doc.path},
                        "file too large for the Markdown reader (over 4 GiB): split it into smaller files");
    }
    MarkdownReader reader(doc, body_start);
    CallbackContext context{&reader, nullptr};
    const MD_PARSER parser = make_parser();
    const int status = md_parse(reader.body(), static_cast<MD_SIZE>(reader.body_size()), &parser, &context);
    if (context.error) std::rethrow_exception(context.error);
    if (status != 0) {
        throw UserError(Location{doc.path},
                        "could not parse the Markdown (out of memory?): try again with more memory "
                        "or a smaller file");
    }
    reader.finish();
}

}  // namespace claimcheck
