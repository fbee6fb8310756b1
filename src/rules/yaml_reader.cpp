#include "rules/yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace claimcheck::rules {

namespace {

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Long scalars are cut so that a message stays one readable line.
std::string quoted_excerpt(const std::string& text) {
    constexpr std::size_t limit = 40;
    if (text.size() <= limit) return "'" + text + "'";
    std::size_t cut = limit;
    while (cut > 0 && is_utf8_continuation(text[cut])) --cut;
    return "'" + text.substr(0, cut) + "…'";
}

}  // namespace

SourceText::SourceText(std::string path, std::string_view text) : path_(std::move(path)), text_(text) {
    // yaml-cpp skips a byte-order mark without counting it in its columns.
    const std::size_t start = text_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    line_starts_.push_back(start);
    bool ascii = true;
    for (std::size_t i = start; i < text_.size(); ++i) {
        if (static_cast<unsigned char>(text_[i]) >= 0x80) ascii = false;
        if (text_[i] == '\n') {
            ascii_lines_.push_back(ascii);
            line_starts_.push_back(i + 1);
            ascii = true;
        }
    }
    ascii_lines_.push_back(ascii);
}

Location SourceText::at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return Location{path_, 0, 0};
    if (static_cast<std::size_t>(mark.line) >= line_starts_.size())
        return Location{path_, mark.line + 1, mark.column + 1};
    // yaml-cpp counts bytes; claimcheck columns count code points.
    if (ascii_lines_[static_cast<std::size_t>(mark.line)]) return Location{path_, mark.line + 1, mark.column + 1};
    const std::size_t begin = line_starts_[static_cast<std::size_t>(mark.line)];
    const std::size_t end = std::min(text_.size(), begin + static_cast<std::size_t>(mark.column));
    int column = 1;
    for (std::size_t i = begin; i < end; ++i)
        if (!is_utf8_continuation(text_[i])) ++column;
    return Location{path_, mark.line + 1, column};
}

void SourceText::count_values(const YAML::Node& node, std::size_t count) const {
    values_read_ += count;
    if (values_read_ <= kMaxYamlValues) return;
    throw UserError(at(node.Mark()), "more than " + std::to_string(kMaxYamlValues) +
                                         " values to read: each alias (*name) repeats all its anchor (&name) holds; "
                                         "write the lists out, or use fewer aliases");
}

std::string describe_node(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Scalar: return quoted_excerpt(node.Scalar());
        default: return "empty";
    }
}

std::string join_names(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::string_view name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::string owner_name(const YAML::Node& node, std::string_view kind, std::string_view id_key) {
    if (node.IsMap()) {
        const YAML::Node id = node[std::string(id_key)];
        if (id && id.IsScalar() && !id.Scalar().empty())
            return std::string(kind) + " '" + id.Scalar() + "'";
    }
    return "a " + std::string(kind);
}

MapReader::MapReader(const SourceText& source, const YAML::Node& node, std::string owner,
                     std::vector<std::string_view> allowed, std::string_view key_noun)
    : source_(&source), owner_(std::move(owner)), where_(source.at(node.Mark())) {
    if (!node.IsMap()) {
        const std::string what = owner_.empty() ? std::string("this") : owner_;
        fail(where_, what + " must be a mapping (" + join_names(allowed) + "), not " + describe_node(node));
    }
    source.count_values(node, node.size());
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node key = it->first;  // a copy: `it->` returns a temporary
        const Location key_where = source.at(key.Mark());
        if (!key.IsScalar())
            fail(key_where, "a key" + in_owner() + " must be a plain name, not " + describe_node(key));
        const std::string& name = key.Scalar();
        if (const Entry* earlier = find(name))
            fail(key_where, "duplicate key '" + name + "'" + in_owner() + " (first written at " +
                                format_location(source.at(earlier->key_node.Mark())) + ")");
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            fail(key_where, "unknown " + std::string(key_noun) + " '" + name + "'" + in_owner() +
                                " (allowed: " + join_names(allowed) + ")");
        entries_.push_back(Entry{name, key, it->second});
    }
}

std::string MapReader::in_owner() const { return owner_.empty() ? std::string() : " in " + owner_; }

const MapReader::Entry* MapReader::find(std::string_view key) const {
    for (const Entry& entry : entries_)
        if (entry.key == key) return &entry;
    return nullptr;
}

const MapReader::Entry& MapReader::get(std::string_view key) const {
    const Entry* entry = find(key);
    if (entry == nullptr) fail(where_, "missing required key '" + std::string(key) + "'" + in_owner());
    return *entry;
}

void MapReader::require(std::initializer_list<std::string_view> keys) const {
    for (std::string_view key : keys) get(key);
}

Location MapReader::key_at(std::string_view key) const { return source_->at(get(key).key_node.Mark()); }

Location MapReader::value_at(std::string_view key) const {
    const Entry& entry = get(key);
    if (entry.value.IsNull()) return source_->at(entry.key_node.Mark());
    return source_->at(entry.value.Mark());
}

const YAML::Node& MapReader::node(std::string_view key) const { return get(key).value; }

void MapReader::fail(const Location& where, const std::string& message) const { throw UserError(where, message); }

void MapReader::type_error(std::string_view key, std::string_view expected) const {
    fail(value_at(key), "'" + std::string(key) + "'" + in_owner() + " must be " + std::string(expected) +
                            ", not " + describe_node(node(key)));
}

std::string MapReader::string(std::string_view key) const {
    const YAML::Node& value = node(key);
    if (!value.IsScalar()) type_error(key, "a string");
    return value.Scalar();
}

std::string MapReader::string_or(std::string_view key, std::string fallback) const {
    return has(key) ? string(key) : fallback;
}

LocatedString MapReader::located_string(std::string_view key) const { return {string(key), value_at(key)}; }

double MapReader::number(std::string_view key) const {
    const YAML::Node& value = node(key);
    if (!value.IsScalar()) type_error(key, "a number");
    const std::string& text = value.Scalar();
    double result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result))
        type_error(key, "a number");
    return result;
}

int MapReader::integer(std::string_view key) const {
    const YAML::Node& value = node(key);
    if (!value.IsScalar()) type_error(key, "a whole number");
    const std::string& text = value.Scalar();
    int result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size()) type_error(key, "a whole number");
    return result;
}

bool MapReader::boolean(std::string_view key) const {
    const YAML::Node& value = node(key);
    bool result = false;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) type_error(key, "true or false");
    return result;
}

std::vector<YAML::Node> MapReader::list(std::string_view key) const {
    const YAML::Node& value = node(key);
    if (!value.IsSequence()) type_error(key, "a list");
    source_->count_values(value, value.size());
    return std::vector<YAML::Node>(value.begin(), value.end());
}

std::vector<LocatedString> MapReader::string_list(std::string_view key) const {
    std::vector<LocatedString> out;
    int index = 0;
    for (const YAML::Node& item : list(key)) {
        ++index;
        out.push_back(scalar_item(*source_, item,
                                  "item " + std::to_string(index) + " of '" + std::string(key) + "'" + in_owner()));
    }
    return out;
}

std::vector<std::pair<LocatedString, YAML::Node>> MapReader::entries(std::string_view key) const {
    const YAML::Node& value = node(key);
    std::vector<std::pair<LocatedString, YAML::Node>> out;
    if (value.IsNull()) return out;
    if (!value.IsMap()) type_error(key, "a mapping");
    source_->count_values(value, value.size());
    std::unordered_map<std::string, Location> seen;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const YAML::Node item_key = it->first;  // a copy: `it->` returns a temporary
        const Location where = source_->at(item_key.Mark());
        if (!item_key.IsScalar())
            fail(where, "a key of '" + std::string(key) + "'" + in_owner() + " must be a plain name, not " +
                            describe_node(item_key));
        const auto [earlier, added] = seen.emplace(item_key.Scalar(), where);
        if (!added)
            fail(where, "duplicate key '" + item_key.Scalar() + "' in '" + std::string(key) + "'" + in_owner() +
                            " (first written at " + format_location(earlier->second) + ")");
        out.emplace_back(LocatedString{item_key.Scalar(), where}, it->second);
    }
    return out;
}

LocatedString scalar_item(const SourceText& source, const YAML::Node& node, const std::string& what) {
    source.count_values(node);
    if (!node.IsScalar()) throw UserError(source.at(node.Mark()), what + " must be a string, not " + describe_node(node));
    return {node.Scalar(), source.at(node.Mark())};
}

}  // namespace claimcheck::rules
