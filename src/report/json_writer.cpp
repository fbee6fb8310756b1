#include "report/json_writer.hpp"

#include <charconv>

namespace claimcheck {

namespace {

constexpr std::size_t kFlushAt = 1 << 16;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no surrogates,
// nothing above U+10FFFF), or 0.
std::size_t utf8_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    }
    if (length == 0 || at + length > text.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

}  // namespace

void JsonWriter::newline_and_indent() {
    buffer_ += '\n';
    buffer_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    if (levels_.back().members) buffer_ += ',';
    levels_.back().members = true;
    newline_and_indent();
}

void JsonWriter::open(char mark) {
    before_value();
    buffer_ += mark;
    levels_.push_back(Level{});
}

void JsonWriter::close(char mark) {
    const bool members = levels_.back().members;
    levels_.pop_back();
    if (members) newline_and_indent();
    buffer_ += mark;
    if (buffer_.size() >= kFlushAt) flush();
}

void JsonWriter::key(std::string_view name) {
    before_value();
    escaped(name);
    buffer_ += ": ";
    after_key_ = true;
}

void JsonWriter::value(std::string_view text) {
    before_value();
    escaped(text);
    if (buffer_.size() >= kFlushAt) flush();
}

void JsonWriter::value(std::int64_t number) {
    before_value();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    buffer_.append(digits, result.ptr);
}

void JsonWriter::value(bool flag) {
    before_value();
    buffer_ += flag ? "true" : "false";
}

void JsonWriter::element(std::string_view json_text) {
    before_value();
    buffer_ += json_text;
    if (buffer_.size() >= kFlushAt) flush();
}

void JsonWriter::null() {
    before_value();
    buffer_ += "null";
}

void JsonWriter::finish() {
    buffer_ += '\n';
    flush();
}

void JsonWriter::flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

// Runs of bytes that need no escape are copied whole; the escapes are those nlohmann::json
// writes, so the output is the same as before streaming.
void JsonWriter::escaped(std::string_view text) {
    buffer_ += '"';
    std::size_t run = 0;
    std::size_t i = 0;
    auto copy_run = [&]() { buffer_.append(text.data() + run, i - run); };
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (const std::size_t length = utf8_length(text, i)) {
                i += length;
                continue;
            }
            copy_run();
            buffer_ += kReplacement;
            run = ++i;
            continue;
        }
        copy_run();
        switch (c) {
            case '"': buffer_ += "\\\""; break;
            case '\\': buffer_ += "\\\\"; break;
            case '\b': buffer_ += "\\b"; break;
            case '\f': buffer_ += "\\f"; break;
            case '\n': buffer_ += "\\n"; break;
            case '\r': buffer_ += "\\r"; break;
            case '\t': buffer_ += "\\t"; break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                buffer_ += "\\u00";
                buffer_ += kHex[c >> 4];
                buffer_ += kHex[c & 0xF];
            }
        }
        run = ++i;
    }
    copy_run();
    buffer_ += '"';
}

}  // namespace claimcheck
