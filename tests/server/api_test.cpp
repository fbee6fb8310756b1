#include <doctest/doctest.h>

#include <functional>

#include <nlohmann/json.hpp>

#include "../analysis/engine_fixture.hpp"
#include "server/api.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

int status_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const ApiError& error) {
        CHECK(nlohmann::json::parse(error_json(error.what())).at("error") == error.what());
        return error.status();
    }
    return 200;
}

}  // namespace

TEST_CASE("serve: a pasted draft is named draft.md or draft.txt by its format") {
    CHECK(draft_from_json(R"({"text": "Hi."})").path == "draft.md");
    const Draft text = draft_from_json(R"({"text": "Hi.", "format": "text"})");
    CHECK(text.path == "draft.txt");
    CHECK(text.format == InputFormat::Text);
    CHECK(text.text == "Hi.");
}

TEST_CASE("serve: malformed requests are refused with 400, other uploads with 415") {
    CHECK(status_of([] { draft_from_json("{\"text\": "); }) == 400);
    CHECK(status_of([] { draft_from_json("[1]"); }) == 400);
    CHECK(status_of([] { draft_from_json(R"({"text": 3})"); }) == 400);
    CHECK(status_of([] { draft_from_json(R"({"text": "x", "format": "docx"})"); }) == 400);
    CHECK(status_of([] { draft_from_upload("archive.jsonl", "{}"); }) == 415);
    CHECK(status_of([] { check_draft(builtin_engine(), draft_from_upload("story.docx", "PK"), 100); }) == 400);
    CHECK(draft_from_upload("Story.HTML", "<p>x</p>").format == InputFormat::Html);
    CHECK(status_of([] { draft_from_upload("noextension", "x"); }) == 415);
    CHECK(draft_from_upload("../../Story.MD", "x").path == "draft.md");  // never the client's path
    CHECK(draft_from_upload("story.txt", "x").format == InputFormat::Text);
}

TEST_CASE("serve: a draft over the size budget is refused with 413, a binary one with 400") {
    CHECK(status_of([] { check_draft(builtin_engine(), Draft{"draft.md", std::string(11, 'x')}, 10); }) == 413);
    CHECK(status_of([] { check_draft(builtin_engine(), Draft{"draft.md", std::string("ab\0", 3)}, 10); }) == 400);
}

TEST_CASE("serve: invalid UTF-8 is replaced, the draft checked, and the replacement in the report's errors") {
    const auto report = nlohmann::json::parse(check_draft(builtin_engine(), Draft{"draft.md", "Experts said caf\xe9 prices rose.\n"}, 1000));
    const auto& document = report.at("documents").at(0);
    CHECK(document.at("findings").at(0).at("rule") == "vague-source");
    const nlohmann::json expected = {{{"line", 1}, {"column", 17},
                                      {"message", "invalid UTF-8 (byte 0xE9) replaced by U+FFFD: save the file as UTF-8 "
                                                  "(the rest of it was checked)"}}};
    CHECK(document.at("errors") == expected);
}

TEST_CASE("serve: the report is the JSON contract of the draft") {
    const auto report = nlohmann::json::parse(check_draft(builtin_engine(), Draft{"draft.md", "Experts said it would fail.\n"}, 1000));
    CHECK(report.at("version") == 1);
    CHECK(report.at("documents").at(0).at("path") == "draft.md");
    CHECK(report.at("documents").at(0).at("findings").at(0).at("rule") == "vague-source");
}

TEST_CASE("serve: /api/rules gives each check its highlight class, explanation and standard") {
    const auto rules = nlohmann::json::parse(rules_json(builtin_engine().pack()));
    const auto& first = rules.at("rules").at(0);
    CHECK(first.contains("explanation"));
    CHECK(first.contains("standard"));
    CHECK(rules.at("highlights").at(0).at("class") == "hl-fine");
    for (const auto& rule : rules.at("rules"))
        if (rule.at("id") == "vague-source") CHECK(rule.at("highlight") == "hl-weak");
}
