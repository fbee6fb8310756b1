#include "document/html_depth.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimcheck {

namespace {

using Names = std::initializer_list<std::string_view>;

bool is_one_of(std::string_view name, Names names) { return std::find(names.begin(), names.end(), name) != names.end(); }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements with no content and no end tag.
bool is_void(std::string_view name) {
    return is_one_of(name, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
                            "input", "keygen", "link", "meta", "param", "source", "track", "wbr"});
}

// Elements whose end tag may be left out: the next of their kind closes them, so they take no
// depth of their own (they are kept on the stack, at no cost, to be closed like that).
bool is_self_closing_kind(std::string_view name) {
    return is_one_of(name, {"p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "option", "optgroup",
                            "caption", "colgroup"});
}

// The parser merges these into the ones it made: never nested.
bool is_merged(std::string_view name) { return is_one_of(name, {"html", "head", "body"}); }

// Text up to the matching end tag, never markup.
bool is_raw_text(std::string_view name) {
    return is_one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// The HTML standard's "special" elements: an end tag of another element does not close past them.
bool is_special(std::string_view name) {
    return is_one_of(name, {"address", "applet", "article", "aside", "blockquote", "button", "caption", "center",
                            "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "listing",
                            "main", "marquee", "menu", "nav", "object", "ol", "p", "pre", "section", "select", "summary",
                            "table", "tbody", "td", "template", "tfoot", "th", "thead", "tr", "ul"});
}

// Boundaries of the standard's "has an element in scope".
bool is_scope_boundary(std::string_view name) {
    return is_one_of(name, {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math"});
}

// Start tags that close an open <p> first.
bool closes_paragraph(std::string_view name) {
    return is_one_of(name, {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
                            "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav",
                            "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing",
                            "form", "hr", "xmp", "li", "dd", "dt", "table"});
}

struct OpenElement {
    std::string name;
    bool counted = false;
};

class DepthScan {
public:
    DepthScan(std::string_view html, std::size_t max_depth) : html_(html), max_depth_(max_depth) {}

    std::optional<std::size_t> run() {
        std::size_t i = 0;
        while ((i = html_.find('<', i)) != std::string_view::npos) {
            const std::size_t tag = i;
            i = step(i);
            if (depth_ > max_depth_ || stack_.size() > 4 * max_depth_) return tag;
        }
        return std::nullopt;
    }

private:
    // Reads the markup at `at` (a '<') and returns where scanning goes on.
    std::size_t step(std::size_t at) {
        const std::string_view rest = html_.substr(at);
        if (rest.starts_with("<!--")) return skip_past(at + 4, "-->");
        if (rest.size() > 1 && is_ascii_letter(rest[1])) return start_tag(at + 1);
        if (rest.size() > 2 && rest[1] == '/' && is_ascii_letter(rest[2])) return end_tag(at + 2);
        if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?' || rest[1] == '/')) return skip_past(at + 1, ">");
        return at + 1;  // a '<' in text
    }

    std::size_t skip_past(std::size_t from, std::string_view end) const {
        const std::size_t found = html_.find(end, from);
        return found == std::string_view::npos ? html_.size() : found + end.size();
    }

    // The lower-case tag name at `at`, and where it ends.
    std::string read_name(std::size_t& at) const {
        std::string name;
        while (at < html_.size() && !is_blank(html_[at]) && html_[at] != '/' && html_[at] != '>') {
            const char c = html_[at++];
            name += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        return name;
    }

    // Skips the attributes to just past the tag's '>'; `self_closing` tells whether it ended "/>".
    std::size_t skip_attributes(std::size_t at, bool& self_closing) const {
        self_closing = false;
        while (at < html_.size()) {
            const char c = html_[at];
            if (c == '>') return at + 1;
            if (c == '=') {
                ++at;
                while (at < html_.size() && is_blank(html_[at])) ++at;
                if (at < html_.size() && (html_[at] == '"' || html_[at] == '\'')) {
                    const std::size_t close = html_.find(html_[at], at + 1);
                    if (close == std::string_view::npos) return html_.size();
                    at = close + 1;
                }
                continue;
            }
            self_closing = c == '/' && at + 1 < html_.size() && html_[at + 1] == '>';
            ++at;
        }
        return at;
    }

    std::size_t start_tag(std::size_t at) {
        const std::string name = read_name(at);
        bool self_closing = false;
        at = skip_attributes(at, self_closing);
        if (is_merged(name) || is_void(name)) return at;
        if (name == "plaintext") return html_.size();  // the rest of the page is text
        if (self_closing && foreign_ > 0) return at;    // <path/> inside <svg>
        close_implied_by(name);
        push(name);
        if (is_raw_text(name)) return skip_raw_text(at, name);
        return at;
    }

    std::size_t skip_raw_text(std::size_t at, const std::string& name) {
        const std::string end = "</" + name;
        std::size_t found = at;
        while ((found = html_.find('<', found)) != std::string_view::npos) {
            std::string candidate(html_.substr(found, end.size()));
            for (char& c : candidate) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
            if (candidate == end) return found;  // the end tag is read next
            ++found;
        }
        return html_.size();
    }

    std::size_t end_tag(std::size_t at) {
        const std::string name = read_name(at);
        bool self_closing = false;
        at = skip_attributes(at, self_closing);
        if (name == "p") {
            close_within(name, [](std::string_view n) { return is_scope_boundary(n) || n == "button"; });
        } else if (is_special(name)) {
            close_within(name, is_scope_boundary);
        } else {
            close_within(name, is_special);
        }
        return at;
    }

    // Closes the innermost open `name` unless `stops` holds for an element above it.
    template <typename Stops>
    void close_within(std::string_view name, Stops&& stops) {
        if (open_count(name) == 0) return;  // the common case, without a walk down the stack
        for (std::size_t k = stack_.size(); k-- > 0;) {
            if (stack_[k].name == name) {
                pop_through(k);
                return;
            }
            if (stops(stack_[k].name)) return;
        }
    }

    // Closes what the start tag `name` closes before it opens (the standard's implied end tags).
    void close_implied_by(const std::string& name) {
        const auto list_stop = [](std::string_view n) { return is_special(n) && !is_one_of(n, {"address", "div", "p"}); };
        if (name == "li") close_within("li", list_stop);
        if (name == "dt" || name == "dd") {
            close_within("dt", list_stop);
            close_within("dd", list_stop);
        }
        if (closes_paragraph(name)) close_within("p", [](std::string_view n) { return is_scope_boundary(n) || n == "button"; });
        const auto cell_stop = [](std::string_view n) { return is_one_of(n, {"tr", "table", "template"}); };
        if (name == "td" || name == "th") {
            close_within("td", cell_stop);
            close_within("th", cell_stop);
        }
        const auto row_stop = [](std::string_view n) { return is_one_of(n, {"tbody", "thead", "tfoot", "table", "template"}); };
        if (name == "tr" || name == "tbody" || name == "thead" || name == "tfoot") close_within("tr", row_stop);
        if (name == "tbody" || name == "thead" || name == "tfoot") {
            const auto section_stop = [](std::string_view n) { return is_one_of(n, {"table", "template"}); };
            for (std::string_view section : {"tbody", "thead", "tfoot"}) close_within(section, section_stop);
        }
        if (name == "option" || name == "optgroup") close_top("option");
        if (name == "optgroup") close_top("optgroup");
    }

    void close_top(std::string_view name) {
        if (!stack_.empty() && stack_.back().name == name) pop_through(stack_.size() - 1);
    }

    void push(const std::string& name) {
        const bool counted = !is_self_closing_kind(name);
        if (counted) ++depth_;
        if (name == "svg" || name == "math") ++foreign_;
        ++open_[name];
        stack_.push_back(OpenElement{name, counted});
    }

    std::size_t open_count(std::string_view name) const {
        const auto found = open_.find(std::string(name));
        return found == open_.end() ? 0 : found->second;
    }

    // Pops the element at `index` and every one above it.
    void pop_through(std::size_t index) {
        while (stack_.size() > index) {
            const OpenElement& top = stack_.back();
            if (top.counted) --depth_;
            if (top.name == "svg" || top.name == "math") --foreign_;
            --open_[top.name];
            stack_.pop_back();
        }
    }

    std::string_view html_;
    std::size_t max_depth_;
    std::vector<OpenElement> stack_;
    std::unordered_map<std::string, std::size_t> open_;  // elements on the stack, by name
    std::size_t depth_ = 0;    // counted elements on the stack
    std::size_t foreign_ = 0;  // open <svg> and <math> elements
};

}  // namespace

std::optional<std::size_t> html_depth_overflow(std::string_view html, std::size_t max_depth) {
    return DepthScan(html, max_depth).run();
}

}  // namespace claimcheck
