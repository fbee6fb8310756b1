#include "document/markdown.hpp"

#include <md4c.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "document/block_builder.hpp"
#include "document/entities.hpp"
#include "document/html_comments.hpp"

namespace claimcheck {

namespace {

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
          last_end_(body_start),
          emitted_end_(body_start) {}

    int enter_block(MD_BLOCKTYPE type, void* detail);
    int leave_block(MD_BLOCKTYPE type);
    int enter_span(MD_SPANTYPE type, void* detail);
    int leave_span(MD_SPANTYPE type);
    int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size);

    const char* body() const { return body_; }
    std::size_t body_size() const { return body_size_; }
    void finish() {
        out_.close();
        raw_html_.collect_comments(doc_.original, doc_.comments);
    }

private:
    bool in_body(const char* p, std::size_t size) const {
        return p >= body_ && p <= body_ + body_size_ &&
               size <= static_cast<std::size_t>(body_ + body_size_ - p);
    }
    std::size_t original_offset(const char* p) const {
        return base_ + static_cast<std::size_t>(p - body_);
    }
    BlockKind container_kind(BlockKind fallback) const;
    bool is_autolink_text(const char* text, std::size_t size) const;
    void line_break();
    void prose(std::string_view run, std::size_t original_start);
    void entity(std::string_view reference, std::size_t original_start);

    Document& doc_;
    BlockBuilder out_;
    const char* body_;
    std::size_t body_size_;
    std::size_t base_;
    std::size_t last_end_;  // original offset just past the last run md4c reported
    // Original offset just past the last run or break put into the text. md4c can report
    // text out of source order (trailing spaces before a lone CR come after the hard break),
    // so runs are clipped to start here: the map then never runs backwards.
    std::size_t emitted_end_;

    std::vector<Container> containers_;
    int skip_depth_ = 0;   // inside code blocks, HTML blocks, tables
    int image_depth_ = 0;  // alt text is not prose
    bool in_link_ = false;
    bool link_seen_text_ = false;
    bool drop_link_ = false;
    std::string href_;     // destination of the open link; reused
    std::string scratch_;  // decoded entities; reused
    RawHtmlRuns raw_html_;  // for the comments (inline suppressions)
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
        case MD_BLOCK_TABLE: ++skip_depth_; break;
        case MD_BLOCK_QUOTE: containers_.push_back(Container::Quote); break;
        case MD_BLOCK_LI: containers_.push_back(Container::ListItem); break;
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
        default: break;
    }
    return 0;
}

int MarkdownReader::leave_block(MD_BLOCKTYPE type) {
    out_.close();
    switch (type) {
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TABLE: --skip_depth_; break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_LI:
            if (!containers_.empty()) containers_.pop_back();
            break;
        default: break;
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
        // md4c may free a processed destination once this callback returns: copy it.
        href_.assign(a->href.text, a->href.size);
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
    const std::string_view href = href_;
    if (href == shown) return true;
    for (std::string_view scheme : {std::string_view("http://"), std::string_view("mailto:")}) {
        if (href.size() == scheme.size() + size && href.substr(0, scheme.size()) == scheme &&
            href.substr(scheme.size()) == shown) {
            return true;
        }
    }
    return false;
}

// md4c reports a break as a literal "\n"; the break itself is the first CR or LF after the
// text before it (trailing spaces and a hard-break backslash may come in between).
void MarkdownReader::line_break() {
    const std::string& s = doc_.original;
    const std::size_t from = std::max(last_end_, emitted_end_);
    std::size_t pos = from;
    while (pos < s.size() && s[pos] != '\n' && s[pos] != '\r')
        ++pos;
    if (pos >= s.size()) {
        out_.line_break(from, 0);
        return;
    }
    const std::size_t length = (s[pos] == '\r' && pos + 1 < s.size() && s[pos + 1] == '\n') ? 2 : 1;
    out_.line_break(pos, length);
    emitted_end_ = pos + length;
}

// md4c normally cuts text at line ends, but with CRLF next to some constructs (autolinks) a
// run can still hold a line break: it becomes a break like any other.
void MarkdownReader::prose(std::string_view run, std::size_t original_start) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < run.size(); ++i) {
        if (run[i] != '\n' && run[i] != '\r') continue;
        out_.append_original(run.substr(from, i - from), original_start + from);
        const std::size_t length =
            (run[i] == '\r' && i + 1 < run.size() && run[i + 1] == '\n') ? 2 : 1;
        out_.line_break(original_start + i, length);
        i += length;
        while (i < run.size() && (run[i] == ' ' || run[i] == '\t'))
            ++i;
        from = i;
        --i;
    }
    out_.append_original(run.substr(from), original_start + from);
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
    if (mapped && type == MD_TEXT_HTML) raw_html_.add(start, start + size);
    if (skip_depth_ > 0 || image_depth_ > 0) return 0;
    if (in_link_ && !link_seen_text_) {
        link_seen_text_ = true;
        drop_link_ = type == MD_TEXT_NORMAL && is_autolink_text(text, size);
    }
    if (drop_link_ || type == MD_TEXT_CODE || type == MD_TEXT_HTML || type == MD_TEXT_LATEXMATH) {
        out_.omit_inline();
        return 0;
    }
    // Text outside any paragraph comes from a tight list item.
    if (!out_.is_open() && (type == MD_TEXT_NORMAL || type == MD_TEXT_ENTITY)) {
        out_.open(container_kind(BlockKind::Paragraph));
    }
    switch (type) {
        case MD_TEXT_NORMAL:
            if (!mapped) {
                out_.append_replacement(std::string_view(text, size), std::max(start, emitted_end_),
                                        0);
            } else if (start + size > emitted_end_) {
                const std::size_t skip = start < emitted_end_ ? emitted_end_ - start : 0;
                prose(std::string_view(text + skip, size - skip), start + skip);
                emitted_end_ = start + size;
            }
            break;
        case MD_TEXT_ENTITY:
            if (!mapped || start >= emitted_end_) {
                entity(std::string_view(text, size), mapped ? start : emitted_end_);
                if (mapped) emitted_end_ = start + size;
            }
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: line_break(); break;
        default: break;  // inline code, inline HTML, NUL replacement, math: not prose
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

void parse_markdown(Document& doc, std::size_t body_start) {
    if (doc.original.size() - body_start > UINT_MAX) {
        throw UserError(
            Location{doc.path},
            "file too large for the Markdown reader (over 4 GiB): split it into smaller files");
    }
    MarkdownReader reader(doc, body_start);
    CallbackContext context{&reader, nullptr};
    const MD_PARSER parser = make_parser();
    const int status =
        md_parse(reader.body(), static_cast<MD_SIZE>(reader.body_size()), &parser, &context);
    if (context.error) std::rethrow_exception(context.error);
    if (status != 0) {
        throw UserError(Location{doc.path},
                        "could not parse the Markdown (out of memory?): try again with more memory "
                        "or a smaller file");
    }
    reader.finish();
}

}  // namespace claimcheck
