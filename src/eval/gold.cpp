#include "eval/gold.hpp"

#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>

#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "document/load.hpp"
#include "document/validate.hpp"

namespace claimcheck {

namespace {

using nlohmann::json;

// Code points before `byte` in `line`, plus one: the column an editor shows for that byte.
int column_of(std::string_view line, std::size_t byte) {
    int column = 1;
    for (std::size_t i = 0; i < byte && i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
}

// Where one line of the gold file is being read, for error messages. Problems found after the
// JSON parsed have no column of their own (the parsed value does not keep its position), so
// they point at the start of the line and name the field by its JSON path instead.
struct LineContext {
    const std::string& path;
    int line = 0;

    [[noreturn]] void fail(const std::string& message, int column = 1) const {
        throw UserError(Location{path, line, column}, message);
    }
};

json parse_line(std::string_view line, const LineContext& where) {
    try {
        return json::parse(line);
    } catch (const json::parse_error& error) {
        // what() is "[json.exception.parse_error.101] parse error at line 1, column 9: <detail>".
        std::string detail = error.what();
        if (const auto colon = detail.find(": "); colon != std::string::npos) detail.erase(0, colon + 2);
        const std::size_t byte = error.byte > 0 ? error.byte - 1 : 0;
        where.fail("invalid JSON (" + detail + "): each line must be one JSON object, one article per line",
                   column_of(line, byte));
    }
}

// `owner` is "" for the article itself, else the JSON path of the attribution.
const json& required_field(const json& object, const char* name, const std::string& owner, const LineContext& where) {
    const auto found = object.find(name);
    if (found != object.end()) return *found;
    if (owner.empty())
        where.fail(std::string("missing \"") + name + "\": every article needs \"id\" and \"text\"");
    where.fail(owner + ": missing \"" + name + "\": every attribution needs \"cue\", \"source\" and \"content\" "
               "(write [] for none)");
}

// An offset must be a whole number of bytes that does not fall inside a UTF-8 sequence.
std::size_t offset_value(const json& value, const std::string& field, const std::string& text,
                         const LineContext& where) {
    if (!value.is_number_unsigned())
        where.fail(field + ": offsets must be whole numbers of bytes, 0 or more");
    const auto offset = value.get<std::size_t>();
    if (offset > text.size())
        where.fail(field + ": offset " + std::to_string(offset) + " is past the end of \"text\" (" +
                   std::to_string(text.size()) + " bytes): offsets are UTF-8 byte offsets into \"text\"");
    if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
        where.fail(field + ": offset " + std::to_string(offset) +
                   " is inside a multi-byte UTF-8 character: offsets count bytes, not characters");
    return offset;
}

Span piece_value(const json& value, const std::string& field, const std::string& text, const LineContext& where) {
    if (!value.is_array() || value.size() != 2)
        where.fail(field + ": a piece must be a pair [start, end] of byte offsets");
    Span span{offset_value(value[0], field, text, where), offset_value(value[1], field, text, where)};
    if (span.start > span.end)
        where.fail(field + ": start " + std::to_string(span.start) + " is after end " + std::to_string(span.end) +
                   ": write [start, end] with end exclusive");
    return span;
}

std::vector<Span> role_value(const json& attribution, const char* role, const std::string& field,
                             const std::string& text, const LineContext& where) {
    const json& pieces = required_field(attribution, role, field, where);
    const std::string role_field = field + "." + role;
    if (!pieces.is_array()) where.fail(role_field + ": must be a list of [start, end] pieces (or [] for none)");
    std::vector<Span> spans;
    for (std::size_t i = 0; i < pieces.size(); ++i)
        spans.push_back(piece_value(pieces[i], role_field + "[" + std::to_string(i) + "]", text, where));
    return spans;
}

AttributionSpans attribution_value(const json& value, const std::string& field, const std::string& text,
                                   const LineContext& where) {
    if (!value.is_object()) where.fail(field + ": an attribution must be an object with \"cue\", \"source\" and \"content\"");
    AttributionSpans out;
    out.cue = role_value(value, "cue", field, text, where);
    out.source = role_value(value, "source", field, text, where);
    out.content = role_value(value, "content", field, text, where);
    // Older conversions leave the flag out; an attribution with no source piece is implicit.
    out.implicit_source = out.source.empty();
    if (const auto flag = value.find("implicit_source"); flag != value.end()) {
        if (!flag->is_boolean()) where.fail(field + ".implicit_source: must be true or false");
        out.implicit_source = flag->get<bool>();
    }
    return out;
}

std::string string_value(const json& article, const char* name, const LineContext& where) {
    const json& value = required_field(article, name, "", where);
    if (!value.is_string()) where.fail(std::string("\"") + name + "\" must be a string");
    return value.get<std::string>();
}

GoldArticle article_value(std::string_view line, const LineContext& where) {
    const json article = parse_line(line, where);
    if (!article.is_object())
        where.fail("each line must be a JSON object {\"id\": …, \"text\": …, \"attributions\": […]}");
    GoldArticle out;
    out.line = where.line;
    out.id = string_value(article, "id", where);
    out.text = string_value(article, "text", where);
    // JSON can spell a NUL byte (\u0000), which no draft the engine reads may contain.
    if (out.text.find('\0') != std::string::npos) where.fail("\"text\" contains a NUL character: remove it");
    // An article without "attributions" is not annotated: it counts only for the flag rate.
    const auto found = article.find("attributions");
    if (found == article.end()) {
        out.annotated = false;
        return out;
    }
    const json& attributions = *found;
    if (!attributions.is_array()) where.fail("\"attributions\" must be a list (or [] for none)");
    for (std::size_t i = 0; i < attributions.size(); ++i)
        out.attributions.push_back(
            attribution_value(attributions[i], "attributions[" + std::to_string(i) + "]", out.text, where));
    return out;
}

}  // namespace

std::vector<GoldArticle> parse_gold(std::string_view jsonl, const std::string& path) {
    std::vector<GoldArticle> articles;
    std::map<std::string, int> line_of_id;  // errors and examples name articles by id
    int line_number = 0;
    for (std::size_t start = 0; start < jsonl.size();) {
        const std::size_t newline = std::min(jsonl.find('\n', start), jsonl.size());
        std::string_view line = jsonl.substr(start, newline - start);
        start = newline + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const LineContext where{path, line_number};
        GoldArticle article = article_value(line, where);
        const auto [seen, added] = line_of_id.emplace(article.id, line_number);
        if (!added)
            where.fail("article id \"" + article.id + "\" is also used on line " + std::to_string(seen->second) +
                       ": give each article its own id");
        articles.push_back(std::move(article));
    }
    if (articles.empty())
        throw UserError(Location{path}, "no articles in the gold file: write one JSON object per line");
    return articles;
}

std::vector<GoldArticle> read_gold_file(const std::string& path) {
    std::string bytes;
    if (path == "-") {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::error_code ignored;
        if (std::filesystem::is_directory(path, ignored))
            throw UserError(Location{path}, "is a directory: pass the gold .jsonl file");
        bytes = read_file_bytes(path);
    }
    // Invalid UTF-8 and NUL bytes are reported at their exact line and column before parsing.
    validate_text_bytes(bytes, path);
    return parse_gold(bytes, path);
}

}  // namespace claimcheck
