#include "document/entities.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace claimcheck {

namespace {

struct NamedEntity {
    std::string_view name;
    std::string_view utf8;
};

// The named references that occur in news copy, sorted by name (byte order). Unknown names
// stay as written, which is what a reader of the raw draft sees anyway.
constexpr NamedEntity kNamedEntities[] = {
    {"AElig", "\xC3\x86"},      {"Aacute", "\xC3\x81"},
    {"Acirc", "\xC3\x82"},      {"Agrave", "\xC3\x80"},
    {"Aring", "\xC3\x85"},      {"Atilde", "\xC3\x83"},
    {"Auml", "\xC3\x84"},       {"Ccedil", "\xC3\x87"},
    {"Dagger", "\xE2\x80\xA1"}, {"ETH", "\xC3\x90"},
    {"Eacute", "\xC3\x89"},     {"Ecirc", "\xC3\x8A"},
    {"Egrave", "\xC3\x88"},     {"Euml", "\xC3\x8B"},
    {"Iacute", "\xC3\x8D"},     {"Icirc", "\xC3\x8E"},
    {"Igrave", "\xC3\x8C"},     {"Iuml", "\xC3\x8F"},
    {"Ntilde", "\xC3\x91"},     {"OElig", "\xC5\x92"},
    {"Oacute", "\xC3\x93"},     {"Ocirc", "\xC3\x94"},
    {"Ograve", "\xC3\x92"},     {"Oslash", "\xC3\x98"},
    {"Otilde", "\xC3\x95"},     {"Ouml", "\xC3\x96"},
    {"Prime", "\xE2\x80\xB3"},  {"Scaron", "\xC5\xA0"},
    {"THORN", "\xC3\x9E"},      {"Uacute", "\xC3\x9A"},
    {"Ucirc", "\xC3\x9B"},      {"Ugrave", "\xC3\x99"},
    {"Uuml", "\xC3\x9C"},       {"Yacute", "\xC3\x9D"},
    {"Yuml", "\xC5\xB8"},       {"Zcaron", "\xC5\xBD"},
    {"aacute", "\xC3\xA1"},     {"acirc", "\xC3\xA2"},
    {"acute", "\xC2\xB4"},      {"aelig", "\xC3\xA6"},
    {"agrave", "\xC3\xA0"},     {"amp", "\x26"},
    {"apos", "\x27"},           {"aring", "\xC3\xA5"},
    {"atilde", "\xC3\xA3"},     {"auml", "\xC3\xA4"},
    {"bdquo", "\xE2\x80\x9E"},  {"brvbar", "\xC2\xA6"},
    {"bull", "\xE2\x80\xA2"},   {"ccedil", "\xC3\xA7"},
    {"cedil", "\xC2\xB8"},      {"cent", "\xC2\xA2"},
    {"circ", "\xCB\x86"},       {"copy", "\xC2\xA9"},
    {"curren", "\xC2\xA4"},     {"dagger", "\xE2\x80\xA0"},
    {"darr", "\xE2\x86\x93"},   {"deg", "\xC2\xB0"},
    {"divide", "\xC3\xB7"},     {"eacute", "\xC3\xA9"},
    {"ecirc", "\xC3\xAA"},      {"egrave", "\xC3\xA8"},
    {"emsp", "\xE2\x80\x83"},   {"ensp", "\xE2\x80\x82"},
    {"eth", "\xC3\xB0"},        {"euml", "\xC3\xAB"},
    {"euro", "\xE2\x82\xAC"},   {"fnof", "\xC6\x92"},
    {"frac12", "\xC2\xBD"},     {"frac14", "\xC2\xBC"},
    {"frac34", "\xC2\xBE"},     {"gt", "\x3E"},
    {"harr", "\xE2\x86\x94"},   {"hellip", "\xE2\x80\xA6"},
    {"iacute", "\xC3\xAD"},     {"icirc", "\xC3\xAE"},
    {"iexcl", "\xC2\xA1"},      {"igrave", "\xC3\xAC"},
    {"iquest", "\xC2\xBF"},     {"iuml", "\xC3\xAF"},
    {"laquo", "\xC2\xAB"},      {"larr", "\xE2\x86\x90"},
    {"ldquo", "\xE2\x80\x9C"},  {"lsaquo", "\xE2\x80\xB9"},
    {"lsquo", "\xE2\x80\x98"},  {"lt", "\x3C"},
    {"macr", "\xC2\xAF"},       {"mdash", "\xE2\x80\x94"},
    {"micro", "\xC2\xB5"},      {"middot", "\xC2\xB7"},
    {"minus", "\xE2\x88\x92"},  {"nbsp", "\xC2\xA0"},
    {"ndash", "\xE2\x80\x93"},  {"not", "\xC2\xAC"},
    {"ntilde", "\xC3\xB1"},     {"oacute", "\xC3\xB3"},
    {"ocirc", "\xC3\xB4"},      {"oelig", "\xC5\x93"},
    {"ograve", "\xC3\xB2"},     {"ordf", "\xC2\xAA"},
    {"ordm", "\xC2\xBA"},       {"oslash", "\xC3\xB8"},
    {"otilde", "\xC3\xB5"},     {"ouml", "\xC3\xB6"},
    {"para", "\xC2\xB6"},       {"permil", "\xE2\x80\xB0"},
    {"plusmn", "\xC2\xB1"},     {"pound", "\xC2\xA3"},
    {"prime", "\xE2\x80\xB2"},  {"quot", "\x22"},
    {"raquo", "\xC2\xBB"},      {"rarr", "\xE2\x86\x92"},
    {"rdquo", "\xE2\x80\x9D"},  {"reg", "\xC2\xAE"},
    {"rsaquo", "\xE2\x80\xBA"}, {"rsquo", "\xE2\x80\x99"},
    {"sbquo", "\xE2\x80\x9A"},  {"scaron", "\xC5\xA1"},
    {"sect", "\xC2\xA7"},       {"shy", "\xC2\xAD"},
    {"sup1", "\xC2\xB9"},       {"sup2", "\xC2\xB2"},
    {"sup3", "\xC2\xB3"},       {"szlig", "\xC3\x9F"},
    {"thinsp", "\xE2\x80\x89"}, {"thorn", "\xC3\xBE"},
    {"tilde", "\xCB\x9C"},      {"times", "\xC3\x97"},
    {"trade", "\xE2\x84\xA2"},  {"uacute", "\xC3\xBA"},
    {"uarr", "\xE2\x86\x91"},   {"ucirc", "\xC3\xBB"},
    {"ugrave", "\xC3\xB9"},     {"uml", "\xC2\xA8"},
    {"uuml", "\xC3\xBC"},       {"yacute", "\xC3\xBD"},
    {"yen", "\xC2\xA5"},        {"yuml", "\xC3\xBF"},
    {"zcaron", "\xC5\xBE"},     {"zwj", "\xE2\x80\x8D"},
    {"zwnj", "\xE2\x80\x8C"},
};

constexpr bool names_sorted() {
    for (std::size_t i = 1; i < std::size(kNamedEntities); ++i) {
        if (!(kNamedEntities[i - 1].name < kNamedEntities[i].name)) return false;
    }
    return true;
}
static_assert(names_sorted(), "kNamedEntities must stay sorted for binary search");

void append_utf8(std::uint32_t cp, std::string& out) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int digit_value(char c, int base) {
    if (c >= '0' && c <= '9') return c - '0';
    if (base == 16 && c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (base == 16 && c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// `digits` is what follows "&#" (without ';'): decimal, or hexadecimal after 'x'/'X'.
bool decode_numeric(std::string_view digits, std::string& out) {
    int base = 10;
    if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
        base = 16;
        digits.remove_prefix(1);
    }
    if (digits.empty()) return false;
    std::uint32_t cp = 0;
    for (char c : digits) {
        const int d = digit_value(c, base);
        if (d < 0) return false;
        // Saturate: anything past U+10FFFF becomes U+FFFD anyway.
        cp = cp > 0x10FFFF ? cp
                           : cp * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(d);
    }
    append_utf8(cp, out);
    return true;
}

}  // namespace

bool decode_entity(std::string_view reference, std::string& out) {
    if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';') return false;
    const std::string_view body = reference.substr(1, reference.size() - 2);
    if (body[0] == '#') return decode_numeric(body.substr(1), out);
    const auto* end = std::end(kNamedEntities);
    const auto* it =
        std::lower_bound(std::begin(kNamedEntities), end, body,
                         [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (it == end || it->name != body) return false;
    out.append(it->utf8);
    return true;
}

}  // namespace claimcheck
