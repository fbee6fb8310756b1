#include "report/escape.hpp"

#include <cstdio>

#include "text/code_points.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls `emit(code_point, bytes)` for each code point; an invalid sequence arrives as U+FFFD
// with the replacement's own bytes, so callers that copy `bytes` repair the text for free.
template <typename Emit>
void each_code_point(std::string_view text, Emit emit) {
    std::size_t offset = 0;
    while (offset < text.size()) {
        const text::CodePoint point = text::code_point_at(text, offset);
        const std::string_view bytes = point.value == 0xFFFD ? kReplacement : text.substr(offset, point.length);
        emit(point.value, bytes);
        offset += point.length;
    }
}

bool forbidden_in_xml(UChar32 c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
}

struct Substitution {
    char byte;
    std::string_view replacement;
};

// `text` with each byte that has a substitution replaced by it. For ASCII bytes only, which
// never occur inside a multi-byte UTF-8 sequence, so the text stays valid UTF-8.
template <std::size_t N>
std::string substituted(std::string_view text, const Substitution (&table)[N]) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const Substitution* found = nullptr;
        for (const Substitution& entry : table) {
            if (entry.byte == c) found = &entry;
        }
        if (found) out += found->replacement;
        else out += c;
    }
    return out;
}

std::string percent_encoded(unsigned char byte) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
    return buffer;
}

// Markdown punctuation that can change how the text around it renders wherever it stands:
// emphasis, code, links, strike-through, table pipes, math, mentions and issue references.
bool markdown_active(UChar32 c) {
    return c < 0x80 && std::string_view("\\`*_[]~|$@#").find(static_cast<char>(c)) != std::string_view::npos;
}

// The length of a leading list marker ("-", "+" or "12."), which would start a list if the text
// began a line; 0 when the text does not start with one. Only its last character needs escaping.
std::size_t list_marker(std::string_view text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) return 1;
    const std::size_t digits = text.find_first_not_of("0123456789");
    return digits != 0 && digits != std::string_view::npos && text[digits] == '.' ? digits + 1 : 0;
}

}  // namespace

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    each_code_point(text, [&](UChar32, std::string_view bytes) { out += bytes; });
    return out;
}

std::string escape_markup(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    each_code_point(text, [&](UChar32 c, std::string_view bytes) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += forbidden_in_xml(c) ? kReplacement : bytes;
        }
    });
    return out;
}

std::string json_for_script(std::string_view json) {
    static constexpr Substitution kTable[] = {{'<', "\\u003c"}, {'>', "\\u003e"}, {'&', "\\u0026"}};
    return substituted(json, kTable);
}

std::string csv_field(std::string_view text) {
    const std::string clean = valid_utf8(text);
    if (clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
    std::string out = "\"";
    for (char c : clean) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string github_message(std::string_view text) {
    static constexpr Substitution kTable[] = {{'%', "%25"}, {'\r', "%0D"}, {'\n', "%0A"}};
    return substituted(valid_utf8(text), kTable);
}

std::string github_property(std::string_view text) {
    static constexpr Substitution kTable[] = {{':', "%3A"}, {',', "%2C"}};
    return substituted(github_message(text), kTable);
}

std::string markdown_text(std::string_view text) {
    const std::size_t marker = list_marker(text);
    std::string out;
    if (marker > 0) ((out += text.substr(0, marker - 1)) += '\\') += text[marker - 1];
    each_code_point(text.substr(marker), [&](UChar32 c, std::string_view bytes) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
        else if (markdown_active(c)) (out += '\\') += bytes;
        else out += bytes;
    });
    return out;
}

std::string uri_path(std::string_view path) {
    std::string out;
    for (char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                                byte == '~' || byte == '/';
        out += unreserved ? std::string(1, c) : percent_encoded(byte);
    }
    return out;
}

}  // namespace claimcheck
