#include "document/validate.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "common/error.hpp"
#include "document/document.hpp"

namespace claimcheck {

namespace {

bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// The shape a lead byte announces (Unicode table 3-7): how many bytes, and the range of the
// second one (narrower after E0, ED, F0 and F4). `length` 0: no sequence starts with this byte.
struct LeadShape {
    std::size_t length = 0;
    unsigned char second_min = 0x80;
    unsigned char second_max = 0xBF;
};

LeadShape lead_shape(unsigned char lead) {
    LeadShape shape;
    if (lead >= 0xC2 && lead <= 0xDF) {
        shape.length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        shape.length = 3;
        if (lead == 0xE0) shape.second_min = 0xA0;  // overlong
        if (lead == 0xED) shape.second_max = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        shape.length = 4;
        if (lead == 0xF0) shape.second_min = 0x90;  // overlong
        if (lead == 0xF4) shape.second_max = 0x8F;  // above U+10FFFF
    }
    return shape;  // stray continuation byte, overlong C0/C1, or F5..FF: length 0
}

// How many bytes from `i` (the lead included) follow the shape of a sequence before it breaks
// or ends: the whole length for a well-formed sequence, fewer for the maximal ill-formed subpart.
std::size_t fitting_bytes(const unsigned char* bytes, std::size_t i, std::size_t size, const LeadShape& shape) {
    if (shape.length == 0) return 0;
    std::size_t fit = 1;
    while (fit < shape.length && i + fit < size) {
        const unsigned char byte = bytes[i + fit];
        const bool fits = fit == 1 ? byte >= shape.second_min && byte <= shape.second_max : is_continuation(byte);
        if (!fits) break;
        ++fit;
    }
    return fit;
}

// Length of the well-formed UTF-8 sequence at `i`, or 0 when ill-formed.
std::size_t sequence_length(const unsigned char* bytes, std::size_t i, std::size_t size) {
    const LeadShape shape = lead_shape(bytes[i]);
    return shape.length != 0 && fitting_bytes(bytes, i, size, shape) == shape.length ? shape.length : 0;
}

// Bytes to replace by one U+FFFD at the ill-formed sequence at `i`: its maximal subpart.
std::size_t ill_formed_length(const unsigned char* bytes, std::size_t i, std::size_t size) {
    return std::max<std::size_t>(1, fitting_bytes(bytes, i, size, lead_shape(bytes[i])));
}

// True when the 8 bytes at `p` are all ASCII and none is NUL: the common case, checked a
// word at a time.
bool plain_ascii_word(const unsigned char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    constexpr std::uint64_t kLow = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    const bool has_zero = ((word - kLow) & ~word & kHigh) != 0;
    return (word & kHigh) == 0 && !has_zero;
}

Location location_of(const std::string& bytes, std::size_t offset, const std::string& path) {
    SourceMap lines;
    lines.set_original(&bytes);
    const Position pos = lines.position_of_original(offset);
    return Location{path, pos.line, pos.column};
}

[[noreturn]] void fail_at(const std::string& bytes, std::size_t offset, const std::string& path,
                          const std::string& message) {
    throw UserError(location_of(bytes, offset, path), message);
}

const char* const kBinaryMessage =
    "binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; convert the file to text first";

std::string hex_byte(unsigned char byte) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[byte >> 4];
    out += digits[byte & 0x0F];
    return out;
}

// Walks `bytes` as UTF-8, throwing at the first NUL byte (a binary file); at each ill-formed
// sequence, `ill_formed(offset)` says how many bytes to go on past.
template <typename IllFormed>
void scan_utf8(const std::string& bytes, const std::string& path, IllFormed&& ill_formed) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t i = 0;
    while (i < size) {
        if (size - i >= 8 && plain_ascii_word(data + i)) {
            i += 8;
            continue;
        }
        const unsigned char byte = data[i];
        if (byte == 0) fail_at(bytes, i, path, kBinaryMessage);
        if (byte < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = sequence_length(data, i, size);
        i += length != 0 ? length : ill_formed(i);
    }
}

}  // namespace

std::size_t byte_order_mark_length(const std::string& bytes) {
    return bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
}

void validate_text_bytes(const std::string& bytes, const std::string& path) {
    scan_utf8(bytes, path, [&](std::size_t at) -> std::size_t {
        fail_at(bytes, at, path, "invalid UTF-8 (byte " + hex_byte(static_cast<unsigned char>(bytes[at])) +
                                     "): save the file as UTF-8");
    });
}

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

void refuse_utf16(const std::string& bytes, const std::string& path) {
    if (bytes.size() < 2) return;
    const auto first = static_cast<unsigned char>(bytes[0]);
    const auto second = static_cast<unsigned char>(bytes[1]);
    if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
        throw UserError(Location{path, 1, 1}, "UTF-16 text (byte order mark " + hex_byte(first) + " " + hex_byte(second) +
                                                  "): save the file as UTF-8");
    }
}

std::string replacement_message(unsigned char first_byte, std::size_t places) {
    std::string what = "invalid UTF-8 (byte " + hex_byte(first_byte);
    if (places > 1) what += "; " + std::to_string(places) + " places in all";
    return what + ") replaced by U+FFFD: save the file as UTF-8 (the rest of it was checked)";
}

}  // namespace

std::optional<UserError> repair_text_bytes(std::string& bytes, const std::string& path) {
    refuse_utf16(bytes, path);
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::string repaired;       // built only once a bad sequence is met
    std::size_t copied_to = 0;  // bytes before this are in `repaired`
    std::size_t places = 0;
    std::size_t first_bad = 0;
    scan_utf8(bytes, path, [&](std::size_t at) {
        if (places++ == 0) {
            first_bad = at;
            repaired.reserve(bytes.size() + bytes.size() / 8);
        }
        repaired.append(bytes, copied_to, at - copied_to);
        repaired += kReplacementCharacter;
        const std::size_t length = ill_formed_length(data, at, bytes.size());
        copied_to = at + length;
        return length;
    });
    if (places == 0) return std::nullopt;
    // Lines and columns before the first bad byte are the same in both texts.
    UserError problem(location_of(bytes, first_bad, path), replacement_message(data[first_bad], places));
    repaired.append(bytes, copied_to, std::string::npos);
    bytes = std::move(repaired);
    return problem;
}

}  // namespace claimcheck
