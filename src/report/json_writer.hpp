// Writes JSON as it goes, in the layout of nlohmann::json's dump(2): a report of thousands of
// documents is streamed one document at a time instead of being built as one value in memory
// (which took more time than the analysis and grew with the archive).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

class JsonWriter {
public:
    // `depth` > 0 writes a value as it stands that many levels down in a larger document, without
    // the line break before it (the larger writer puts it in place with element()).
    explicit JsonWriter(std::ostream& out, std::size_t depth = 0) : out_(out), levels_(depth, Level{true}), after_key_(depth > 0) {}
    ~JsonWriter() { flush(); }
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    // The key of the next member of the object being written.
    void key(std::string_view name);

    // Invalid UTF-8 in a string is written as U+FFFD.
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(std::size_t number) { value(static_cast<std::int64_t>(number)); }
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(bool flag);
    void null();
    // A value already written by a JsonWriter at this depth, as the next element or member value.
    void element(std::string_view json_text);
    // A member with a scalar value: key(name), then value(v).
    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }

    // After the outermost value: the final newline, and everything handed to the stream.
    void finish();
    void flush();

private:
    struct Level {
        bool members = false;  // a first member or element has been written
    };
    void open(char mark);
    void close(char mark);
    void before_value();
    void newline_and_indent();
    void escaped(std::string_view text);

    std::ostream& out_;
    std::string buffer_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

}  // namespace claimcheck
