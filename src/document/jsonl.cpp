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
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(record.bytes);
    } catch (const nlohmann::json::parse_error& error) {
        const std::size_t at = error.byte > 0 ? error.byte - 1 : 0;
        // nlohmann's message repeats the position before ": "; the reason comes after it.
        const std::string what = error.what();
        const std::size_t reason = what.find(": ");
        Location where = location_at_byte(file, record.bytes, at);
        where.line = line.line;  // the record is one line of the archive
        throw UserError(where,
                        "not valid JSON (" + (reason == std::string::npos ? what : what.substr(reason + 2)) +
                            "): fix or remove this record");
    }
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
