// The streaming JSON writer must write what nlohmann::json's dump(2) writes for the same value:
// the report's bytes did not change when it started streaming.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json_writer.hpp"

using namespace claimcheck;
using nlohmann::ordered_json;

namespace {

std::string dumped(const ordered_json& value) {
    return value.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

TEST_CASE("json writer: nested objects, arrays, empties and scalars are laid out as nlohmann dumps them") {
    std::ostringstream out;
    {
        JsonWriter json(out);
        json.begin_object();
        json.key("version");
        json.value(1);
        json.key("tool");
        json.begin_object();
        json.key("name");
        json.value("claimcheck");
        json.end_object();
        json.key("empty_array");
        json.begin_array();
        json.end_array();
        json.key("empty_object");
        json.begin_object();
        json.end_object();
        json.key("list");
        json.begin_array();
        json.value("a");
        json.value(std::size_t{42});
        json.value(true);
        json.null();
        json.begin_object();
        json.key("k");
        json.value(false);
        json.end_object();
        json.end_array();
        json.end_object();
        json.finish();
    }
    const ordered_json expected = {{"version", 1},
                                   {"tool", {{"name", "claimcheck"}}},
                                   {"empty_array", ordered_json::array()},
                                   {"empty_object", ordered_json::object()},
                                   {"list", {"a", 42, true, nullptr, {{"k", false}}}}};
    CHECK(out.str() == dumped(expected));
}

TEST_CASE("json writer: strings are escaped as nlohmann escapes them, UTF-8 kept as it is") {
    const std::string text = "quote \" backslash \\ tab \t newline \n cr \r bell \x07 del \x7f M\xC3\xBCller \xE2\x80\x9Chi\xE2\x80\x9D \xF0\x9F\x93\xB0";
    std::ostringstream out;
    {
        JsonWriter json(out);
        json.value(text);
        json.finish();
    }
    CHECK(out.str() == dumped(ordered_json(text)));
    CHECK(out.str() == "\"quote \\\" backslash \\\\ tab \\t newline \\n cr \\r bell \\u0007 del \x7f M\xC3\xBCller \xE2\x80\x9Chi\xE2\x80\x9D \xF0\x9F\x93\xB0\"\n");
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD instead of breaking the report") {
    std::ostringstream out;
    {
        JsonWriter json(out);
        json.begin_array();
        json.value(std::string("caf\xE9.txt"));         // Latin-1 é
        json.value(std::string("\xC0\xAF"));            // overlong "/"
        json.value(std::string("\xED\xA0\x80"));        // a UTF-16 surrogate
        json.value(std::string("end\xE2\x80"));          // cut short
        json.end_array();
        json.finish();
    }
    CHECK(out.str() == "[\n  \"caf\xEF\xBF\xBD.txt\",\n  \"\xEF\xBF\xBD\xEF\xBF\xBD\",\n  \"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\",\n"
                       "  \"end\xEF\xBF\xBD\xEF\xBF\xBD\"\n]\n");
}
