// Typed, located access to the YAML of a rule file. Every value read through here either has the
// expected shape or raises a UserError pointing at it (file:line:column, with the rule that owns
// it), so the section parsers stay short and every message has the same wording.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "common/error.hpp"

namespace claimcheck::rules {

// Values claimcheck reads from one rule or config file at most. yaml-cpp keeps an alias (*name)
// as a second reference to its anchor's node, so a small file can make its readers visit the
// same list a billion times ("billion laughs"); real packs need a few tens of thousands.
inline constexpr std::size_t kMaxYamlValues = 1'000'000;

// Turns yaml-cpp marks (0-based line, byte column) into Locations (1-based line, column in code
// points, as everywhere else in claimcheck), and counts the values read from the file.
class SourceText {
public:
    SourceText(std::string path, std::string_view text);

    Location at(const YAML::Mark& mark) const;
    // Counts `count` more values read at `node`; throws UserError there past kMaxYamlValues.
    void count_values(const YAML::Node& node, std::size_t count = 1) const;
    Location start() const { return Location{path_, 1, 1}; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    std::vector<bool> ascii_lines_;  // columns of these need no code-point counting
    mutable std::size_t values_read_ = 0;  // the readers take the file as const
};

// How a node reads in a message: "a list", "a mapping", "empty", or the scalar itself, quoted.
std::string describe_node(const YAML::Node& node);
// "a, b, c" for the "(allowed: …)" part of messages.
std::string join_names(const std::vector<std::string_view>& names);
// The name a mapping goes by in messages: "pattern 'np-said'" when it has a scalar id, else
// "a pattern".
std::string owner_name(const YAML::Node& node, std::string_view kind, std::string_view id_key = "id");

// A scalar value together with where it was written.
struct LocatedString {
    std::string text;
    Location where;
};

// One mapping of a rule file with a fixed set of allowed keys. Construction rejects a node that
// is not a mapping, duplicate keys and unknown keys; the getters reject values of the wrong type.
class MapReader {
public:
    // `owner` names the mapping in messages ("check 'vague-source'", "section 'claims'"); an empty
    // owner with key_noun "section" gives the top-level wording "unknown section 'x'".
    MapReader(const SourceText& source, const YAML::Node& node, std::string owner,
              std::vector<std::string_view> allowed, std::string_view key_noun = "key");

    const SourceText& source() const { return *source_; }
    const std::string& owner() const { return owner_; }
    Location where() const { return where_; }

    bool has(std::string_view key) const { return find(key) != nullptr; }
    // Throws "missing required key 'k' in <owner>" at the mapping for the first absent key.
    void require(std::initializer_list<std::string_view> keys) const;

    Location key_at(std::string_view key) const;
    // Where the value of `key` is written; the key's place when the value is empty (yaml-cpp has
    // no reliable mark for an empty value).
    Location value_at(std::string_view key) const;
    const YAML::Node& node(std::string_view key) const;  // key must be present

    std::string string(std::string_view key) const;
    std::string string_or(std::string_view key, std::string fallback) const;
    LocatedString located_string(std::string_view key) const;
    double number(std::string_view key) const;
    int integer(std::string_view key) const;
    bool boolean(std::string_view key) const;
    // A list of scalars, each with its place.
    std::vector<LocatedString> string_list(std::string_view key) const;
    // The items of a list (any type; the caller reads each).
    std::vector<YAML::Node> list(std::string_view key) const;
    // A mapping's entries as (key, value node), in file order; an empty value gives an empty list.
    std::vector<std::pair<LocatedString, YAML::Node>> entries(std::string_view key) const;

    [[noreturn]] void fail(const Location& where, const std::string& message) const;
    // "'regex' in pattern 'x' must be a string, not a list"
    [[noreturn]] void type_error(std::string_view key, std::string_view expected) const;

private:
    struct Entry {
        std::string key;
        YAML::Node key_node;
        YAML::Node value;
    };
    const Entry* find(std::string_view key) const;
    const Entry& get(std::string_view key) const;
    std::string in_owner() const;

    const SourceText* source_;
    std::string owner_;
    Location where_;
    std::vector<Entry> entries_;
};

// The items of a list that is not under a mapping key (e.g. an example's `expect`): a scalar item
// is required; `what` names it in messages ("item 2 of 'match' in pattern 'x'").
LocatedString scalar_item(const SourceText& source, const YAML::Node& node, const std::string& what);

}  // namespace claimcheck::rules
