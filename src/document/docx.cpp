#include "document/docx.hpp"

#include <pugixml.hpp>

#include <map>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "document/block_builder.hpp"
#include "document/validate.hpp"
#include "document/zip_package.hpp"

namespace claimcheck {

namespace {

// Runs nest a few levels (run in insertion in hyperlink in content control); deeper is not Word.
constexpr int kMaxRunDepth = 32;

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// "Heading 1", "heading1" and "Heading1" are one style: lower case, without blanks.
std::string style_key(std::string_view name) {
    std::string key;
    for (char c : name) {
        if (c == ' ') continue;
        key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return key;
}

pugi::xml_node child_named(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node child : node.children())
        if (local_name(child) == name) return child;
    return {};
}

std::string attribute_val(const pugi::xml_node& node) {
    for (pugi::xml_attribute attribute : node.attributes()) {
        const std::string_view name = attribute.name();
        if (name == "w:val" || name == "val") return attribute.value();
    }
    return {};
}

std::string attribute_named(const pugi::xml_node& node, std::string_view wanted) {
    for (pugi::xml_attribute attribute : node.attributes()) {
        std::string_view name = attribute.name();
        const std::size_t colon = name.find(':');
        if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
        if (name == wanted) return attribute.value();
    }
    return {};
}

pugi::xml_document parse_part(const std::string& path, const std::string& part, const std::string& xml) {
    pugi::xml_document document;
    const pugi::xml_parse_result result = document.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
        throw UserError(location_at_byte(path + ":" + part, xml, static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0))),
                        std::string("malformed XML in the Word document (") + result.description() +
                            "): open the file in Word and save it again");
    }
    return document;
}

// Style id → style key of its name ("Heading1" → "heading1", a localised "berschrift1" →
// "heading1" too, since styles.xml names the built-in styles in English).
std::map<std::string, std::string> read_style_names(const ZipPackage& package, const std::string& path,
                                                    std::uint64_t max_part_size) {
    std::map<std::string, std::string> names;
    const std::optional<std::string> xml = package.read("word/styles.xml", max_part_size);
    if (!xml) return names;
    const pugi::xml_document styles = parse_part(path, "word/styles.xml", *xml);
    for (pugi::xml_node style : child_named(styles, "styles").children()) {
        if (local_name(style) != "style") continue;
        const std::string name = attribute_val(child_named(style, "name"));
        if (!name.empty()) names[attribute_named(style, "styleId")] = style_key(name);
    }
    return names;
}

// The text of a paragraph's runs, in reading order, with tracked changes accepted.
class ParagraphText {
public:
    std::string read(const pugi::xml_node& paragraph) {
        text_.clear();
        collect(paragraph, 0);
        return text_;
    }

private:
    void collect(const pugi::xml_node& node, int depth) {
        if (depth > kMaxRunDepth) return;
        for (pugi::xml_node child : node.children()) {
            const std::string_view name = local_name(child);
            if (name == "t") {
                append_text(child.child_value());
            } else if (name == "tab") {
                text_ += '\t';
            } else if (name == "br" || name == "cr") {
                text_ += ' ';  // a line break inside a paragraph: the paragraph stays one line
            } else if (name == "noBreakHyphen") {
                text_ += '-';
            } else if (name == "r" || name == "ins" || name == "moveTo" || name == "hyperlink" || name == "smartTag" ||
                       name == "sdt" || name == "sdtContent" || name == "fldSimple" || name == "customXml" ||
                       name == "dir" || name == "bdo") {
                collect(child, depth + 1);
            }
            // Everything else is deleted text (del, moveFrom, delText), field codes (instrText),
            // references to notes and comments, drawings, properties: not the paragraph's prose.
        }
    }

    void append_text(std::string_view text) {
        for (char c : text) text_ += (c == '\n' || c == '\r') ? ' ' : c;
    }

    std::string text_;
};

struct Paragraph {
    std::string text;
    std::string style;  // style key
    bool numbered = false;
    bool in_table = false;
};

class BodyReader {
public:
    explicit BodyReader(const std::map<std::string, std::string>& style_names) : style_names_(style_names) {}

    std::vector<Paragraph> read(const pugi::xml_node& body) {
        walk(body, false, 0);
        return std::move(paragraphs_);
    }

private:
    void walk(const pugi::xml_node& node, bool in_table, int depth) {
        if (depth > kMaxRunDepth) return;
        for (pugi::xml_node child : node.children()) {
            const std::string_view name = local_name(child);
            if (name == "p") {
                paragraphs_.push_back(paragraph(child, in_table));
            } else if (name == "tbl" || name == "tr" || name == "tc") {
                walk(child, true, depth + 1);
            } else if (name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" || name == "moveTo") {
                walk(child, in_table, depth + 1);
            }
        }
    }

    Paragraph paragraph(const pugi::xml_node& p, bool in_table) {
        Paragraph out;
        out.text = text_.read(p);
        out.in_table = in_table;
        const pugi::xml_node properties = child_named(p, "pPr");
        const std::string id = attribute_val(child_named(properties, "pStyle"));
        const auto named = style_names_.find(id);
        out.style = named != style_names_.end() ? named->second : style_key(id);
        out.numbered = child_named(properties, "numPr") != nullptr;
        return out;
    }

    const std::map<std::string, std::string>& style_names_;
    ParagraphText text_;
    std::vector<Paragraph> paragraphs_;
};

BlockKind paragraph_kind(const Paragraph& paragraph, bool first_block) {
    const std::string& style = paragraph.style;
    if (style == "title") return BlockKind::Headline;
    if (style == "heading1" && first_block) return BlockKind::Headline;
    if (style == "subtitle" || (style.size() == 8 && style.rfind("heading", 0) == 0)) return BlockKind::Heading;
    if (style == "caption") return BlockKind::Caption;
    if (style == "quote" || style == "intensequote") return BlockKind::Blockquote;
    if (paragraph.numbered || style == "listparagraph") return BlockKind::ListItem;
    return BlockKind::Paragraph;
}

// The blocks from doc.original, whose lines are the paragraphs' texts (as repaired, if they were
// not UTF-8); `paragraphs` give their roles.
void build_blocks(Document& doc, const std::vector<Paragraph>& paragraphs) {
    BlockBuilder out(doc);
    const std::string_view lines = doc.original;
    std::size_t line_start = 0;
    for (const Paragraph& paragraph : paragraphs) {
        const std::size_t line_end = lines.find('\n', line_start);
        if (!paragraph.in_table) {
            out.open(paragraph_kind(paragraph, out.block_count() == 0));
            out.append_original(lines.substr(line_start, line_end - line_start), line_start);
            out.close();
        }
        line_start = line_end + 1;
    }
}

std::string joined_lines(const std::vector<Paragraph>& paragraphs) {
    std::string text;
    for (const Paragraph& paragraph : paragraphs) {
        text += paragraph.text;
        text += '\n';
    }
    return text;
}

}  // namespace

Document load_docx(std::string path, const std::string& bytes, std::uint64_t max_part_size) {
    const ZipPackage package(path, bytes);
    const std::optional<std::string> xml = package.read("word/document.xml", max_part_size);
    if (!xml) {
        throw UserError(Location{path}, "not a Word document (it has no word/document.xml): save it from Word as .docx");
    }
    const pugi::xml_document part = parse_part(path, "word/document.xml", *xml);
    const pugi::xml_node body = child_named(child_named(part, "document"), "body");
    const std::vector<Paragraph> paragraphs = BodyReader(read_style_names(package, path, max_part_size)).read(body);

    Document doc;
    doc.path = std::move(path);
    doc.format = InputFormat::Docx;
    doc.original = joined_lines(paragraphs);
    if (std::optional<UserError> replaced = repair_text_bytes(doc.original, doc.path)) doc.problems.push_back(std::move(*replaced));
    doc.map.set_original(&doc.original);
    doc.text.reserve(doc.original.size());
    build_blocks(doc, paragraphs);
    return doc;
}

}  // namespace claimcheck
