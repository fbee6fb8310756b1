#include "document/html.hpp"

#include <gumbo.h>

#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "document/block_builder.hpp"
#include "document/html_depth.hpp"
#include "document/html_text.hpp"

namespace claimcheck {

namespace {

// What an element means for the prose: most are inline and only pass their text through.
enum class Role { Inline, Skip, Boundary, Paragraph, Heading, ListItem, Quote, Caption, LineBreak, Omit };

Role element_role(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE:
        case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FOOTER: case GUMBO_TAG_OBJECT: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
            return Role::Skip;
        case GUMBO_TAG_CODE: case GUMBO_TAG_IMG: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP:
            return Role::Omit;
        case GUMBO_TAG_P: return Role::Paragraph;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            return Role::Heading;
        case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT: return Role::ListItem;
        case GUMBO_TAG_BLOCKQUOTE: return Role::Quote;
        case GUMBO_TAG_FIGCAPTION: return Role::Caption;
        case GUMBO_TAG_BR: return Role::LineBreak;
        case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
        case GUMBO_TAG_FIGURE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_HGROUP:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HEADER: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_CENTER:
            return Role::Boundary;
        default: return Role::Inline;
    }
}

bool has_ancestor(const GumboNode* node, std::initializer_list<GumboTag> tags) {
    for (const GumboNode* up = node->parent; up != nullptr; up = up->parent) {
        if (up->type != GUMBO_NODE_ELEMENT) continue;
        for (GumboTag tag : tags)
            if (up->v.element.tag == tag) return true;
    }
    return false;
}

// A <header> of the page (its banner, logo and menu) is navigation; the <header> of an article
// or section holds the story's headline and standfirst.
Role role_of(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_HEADER && !has_ancestor(node, {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN, GUMBO_TAG_SECTION}))
        return Role::Skip;
    return element_role(tag);
}

const GumboVector& children_of(const GumboNode* node) {
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

struct GumboDeleter {
    void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

class HtmlReader {
public:
    HtmlReader(Document& doc, std::size_t body_start)
        : out_(doc),
          comments_(doc.comments),
          body_(doc.original.data() + body_start),
          body_end_(doc.original.data() + doc.original.size()),
          base_(body_start) {}

    // Walks the tree without recursion: a page nested ten thousand deep must not overflow the stack.
    void read(const GumboNode* root) {
        struct Frame {
            const GumboNode* node;
            unsigned next_child;
        };
        std::vector<Frame> stack;
        if (enter(root)) stack.push_back({root, 0});
        while (!stack.empty()) {
            Frame& top = stack.back();
            const GumboVector& children = children_of(top.node);
            if (top.next_child == children.length) {
                leave(top.node);
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children.data[top.next_child++]);
            if (enter(child)) stack.push_back({child, 0});
        }
        out_.close();
    }

private:
    // Returns whether to walk the node's children.
    bool enter(const GumboNode* node) {
        switch (node->type) {
            case GUMBO_NODE_DOCUMENT: return true;
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA: text(node->v.text, node->type == GUMBO_NODE_WHITESPACE); return false;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: return enter_element(node);
            case GUMBO_NODE_COMMENT: comment(node->v.text); return false;
            default: return false;
        }
    }

    bool enter_element(const GumboNode* node) {
        const Role role = role_of(node);
        switch (role) {
            case Role::Skip: out_.omit_inline(); return false;
            case Role::Omit: out_.omit_inline(); return false;
            case Role::LineBreak: line_break(node->v.element); return false;
            case Role::Inline: return true;
            case Role::Boundary: out_.close(); return true;
            case Role::Quote:
            case Role::ListItem: out_.close(); containers_.push_back(role); return true;
            case Role::Paragraph: out_.open(container_kind()); return true;
            case Role::Caption: out_.open(BlockKind::Caption); return true;
            case Role::Heading: out_.open(heading_kind(node->v.element.tag)); return true;
        }
        return true;
    }

    void leave(const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
        const Role role = role_of(node);
        if (role == Role::Inline) return;
        out_.close();
        if ((role == Role::Quote || role == Role::ListItem) && !containers_.empty()) containers_.pop_back();
    }

    BlockKind container_kind() const {
        if (containers_.empty()) return BlockKind::Paragraph;
        return containers_.back() == Role::Quote ? BlockKind::Blockquote : BlockKind::ListItem;
    }

    BlockKind heading_kind(GumboTag tag) const {
        const bool headline = tag == GUMBO_TAG_H1 && out_.block_count() == 0 && containers_.empty();
        return headline ? BlockKind::Headline : BlockKind::Heading;
    }

    void line_break(const GumboElement& element) {
        if (!in_body(element.original_tag.data, element.original_tag.length)) return;
        out_.line_break(offset_of(element.original_tag.data), element.original_tag.length);
    }

    void text(const GumboText& node, bool blank) {
        if (blank && !out_.is_open()) return;
        // Text outside any block (directly in a <div>, say) is a paragraph of its own.
        if (!out_.is_open()) out_.open(container_kind());
        const std::string_view decoded(node.text);
        if (!in_body(node.original_text.data, node.original_text.length)) {
            out_.append_replacement(decoded, base_, 0);  // text gumbo made up has no source
            return;
        }
        append_html_text(out_, decoded, std::string_view(node.original_text.data, node.original_text.length),
                         offset_of(node.original_text.data));
    }

    void comment(const GumboText& node) {
        if (!in_body(node.original_text.data, node.original_text.length)) return;
        const std::size_t start = offset_of(node.original_text.data);
        comments_.push_back(SourceComment{node.text, start, start + node.original_text.length});
    }

    bool in_body(const char* p, std::size_t size) const {
        return p != nullptr && p >= body_ && size <= static_cast<std::size_t>(body_end_ - p);
    }
    std::size_t offset_of(const char* p) const { return base_ + static_cast<std::size_t>(p - body_); }

    BlockBuilder out_;
    std::vector<SourceComment>& comments_;
    const char* body_;
    const char* body_end_;
    std::size_t base_;
    std::vector<Role> containers_;
};

}  // namespace

void parse_html(Document& doc, std::size_t body_start) {
    const std::size_t size = doc.original.size() - body_start;
    if (size > UINT_MAX) {
        throw UserError(Location{doc.path}, "file too large for the HTML reader (over 4 GiB): split it into smaller files");
    }
    const std::string_view body(doc.original.data() + body_start, size);
    if (const std::optional<std::size_t> deep = html_depth_overflow(body)) {
        const Position at = doc.map.position_of_original(body_start + *deep);
        throw UserError(Location{doc.path, at.line, at.column},
                        "elements nested more than " + std::to_string(kMaxHtmlDepth) +
                            " deep (a browser shows at most 512 levels): the page was not checked; remove the extra "
                            "nesting");
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are the browser's business, not the editor's
    std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&options, doc.original.data() + body_start, size));
    if (!output) {
        throw UserError(Location{doc.path}, "could not parse the HTML (out of memory?): try again with a smaller file");
    }
    HtmlReader reader(doc, body_start);
    reader.read(output->document);
}

}  // namespace claimcheck
