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
    std::string out;
    out.reserve(json.size());
    for (char c : json) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
    return out;
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
    std::string out;
    each_code_point(text, [&](UChar32 c, std::string_view bytes) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += bytes;
        }
    });
    return out;
}

std::string github_property(std::string_view text) {
    std::string out;
    for (char c : github_message(text)) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out += c;
        }
    }
    return out;
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
