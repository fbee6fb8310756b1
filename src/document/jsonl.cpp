#include "document/jsonl.hpp"

#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "document/load.hpp"

namespace claimcheck {

namespace {

bool is_blank_line(const std::string& line) {
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

// The record's id as the report shows it: a string as is, anything else as JSON.
std::string id_text(const nlohmann::json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

// Listens to nlohmann's SAX parser only for where it gives up: the start of the token it was
// reading. Every value is accepted and dropped.
class ErrorPosition : public nlohmann::json_sax<nlohmann::json> {
public:
    std::size_t token_start = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::json::exception&) override {
        token_start = position >= last_token.size() ? position - last_token.size() : 0;
        return false;
    }
};

// The byte offset of the token nlohmann's parser fails on in `bytes`. Its out_of_range errors
// (a number too large for a double: 1e999) carry no position, unlike its parse_error ones.
std::size_t failing_token_start(const std::string& bytes) {
    ErrorPosition position;
    nlohmann::json::sax_parse(bytes, &position);
    return position.token_start;
}

// "what went wrong" from a nlohmann message: the text after `marker` ("[json.exception.…] "
// or, for parse errors, the position that precedes ": ").
std::string json_error_reason(const std::string& what, const std::string& marker) {
    const std::size_t at = what.find(marker);
    return at == std::string::npos ? what : what.substr(at + marker.size());
}

UserError invalid_json_error(const std::string& file, const JsonlRecord& record, std::size_t byte, const std::string& reason) {
    Location where = location_at_byte(file, record.bytes, byte);
    where.line = static_cast<int>(record.line);  // the record is one line of the archive
    return UserError(where, "not valid JSON (" + reason + "): fix or remove this record");
}

// The record's JSON. Throws UserError at the line and column where it is not valid JSON.
nlohmann::json parse_record(const std::string& file, const JsonlRecord& record) {
    try {
        return nlohmann::json::parse(record.bytes);
    } catch (const nlohmann::json::parse_error& error) {
        throw invalid_json_error(file, record, error.byte > 0 ? error.byte - 1 : 0, json_error_reason(error.what(), ": "));
    } catch (const nlohmann::json::out_of_range& error) {
        throw invalid_json_error(file, record, failing_token_start(record.bytes), json_error_reason(error.what(), "] "));
    }
}

}  // namespace

// Reads one line (without its '\n'); false at the end of the stream. Bytes past the limit are
// read and dropped, so a line with no end in sight never fills memory.
bool JsonlReader::read_line(JsonlRecord& record) {
    record.bytes.clear();
    record.too_large = false;
    std::streambuf* buffer = in_.rdbuf();
    int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
        in_.setstate(std::ios::eofbit);
        return false;
    }
    for (; c != std::char_traits<char>::eof() && c != '\n'; c = buffer->sbumpc()) {
        if (record.too_large) continue;
        if (record.bytes.size() == max_record_size_) {
            record.too_large = true;
            record.bytes = std::string();  // the memory goes too
            continue;
        }
        record.bytes.push_back(static_cast<char>(c));
    }
    return true;
}

bool JsonlReader::next(JsonlRecord& record) {
    while (read_line(record)) {
        record.line = ++line_;
        if (record.too_large || !is_blank_line(record.bytes)) return true;
    }
    return false;
}

Document load_jsonl_record(const std::string& file, const JsonlRecord& record, const JsonlFields& fields,
                           const Limits& limits) {
    const Location line{file, static_cast<int>(record.line), 1};
    if (record.too_large || record.bytes.size() > limits.max_file_size)
        throw too_large_error(Location{file, static_cast<int>(record.line)}, "the record", std::nullopt, limits.max_file_size);
    const nlohmann::json value = parse_record(file, record);
    if (!value.is_object()) throw UserError(line, "a record must be a JSON object: fix or remove this record");
    const auto text = value.find(fields.text);
    if (text == value.end() || !text->is_string()) {
        throw UserError(line, "the record has no string field '" + fields.text +
                                  "': name the field that holds the story with --text-field");
    }
    const auto id = value.find(fields.id);
    const bool named = id != value.end() && !id->is_null();
    std::string path = named ? file + "#" + id_text(*id) : file + ":" + std::to_string(record.line);
    return load_document(std::move(path), text->get<std::string>(), InputFormat::Text, limits);
}

}  // namespace claimcheck
