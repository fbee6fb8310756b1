#include <doctest/doctest.h>

#include <string>

#include "../analysis/engine_fixture.hpp"
#include "../document/document_test_helpers.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string findings_of(const std::string& draft, InputFormat format = InputFormat::Markdown) {
    return finding_positions(builtin_engine().check(load_document("story", draft, format)));
}

std::string messages_of(const std::string& draft) {
    std::string out;
    for (const Finding& finding : check_text(draft).findings) out += finding.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("suppressions: next-line silences its check on the next line with text, and only that") {
    const std::string draft =
        "<!-- claimcheck-disable-next-line vague-source -->\n"
        "\n"
        "Critics have warned that it would set a dangerous precedent.\n"
        "\n"
        "Experts have warned that it would fail.\n";
    CHECK(findings_of(draft) == "5:1-5:8 vague-source: Experts\n");
}

TEST_CASE("suppressions: disable … enable silences a range; several ids, commas allowed") {
    const std::string draft =
        "Critics have warned that it would fail.\n"
        "\n"
        "<!-- claimcheck-disable vague-source, agentless-attribution -->\n"
        "Experts have warned that it would fail. It is believed the port will close.\n"
        "<!--\n"
        "  claimcheck-enable vague-source\n"
        "-->\n"
        "\n"
        "Analysts have warned that it would fail. It is believed the port will close.\n";
    CHECK(findings_of(draft) == "1:1-1:8 vague-source: Critics\n9:1-9:9 vague-source: Analysts\n");
}

TEST_CASE("suppressions: an unused one is an info finding after the comment naming where the comment is") {
    const std::string draft =
        "The council approved the plan on Monday.\n"
        "\n"
        "<!-- claimcheck-disable-next-line loaded-verb -->\n"
        "The mayor said the bridge would reopen.\n";
    CHECK(findings_of(draft) == "4:1-4:1 unused-suppression: \n");
    CHECK(messages_of(draft) == "Unused suppression: no 'loaded-verb' finding to silence (comment at 3:1): remove it\n");
}

TEST_CASE("suppressions: a missing or unknown id, an unknown directive and a stray enable are errors") {
    const std::string draft =
        "<!-- claimcheck-disable -->\n"
        "<!-- claimcheck-disable-next-line vauge-source -->\n"
        "<!-- claimcheck-silence vague-source -->\n"
        "<!-- claimcheck-enable vague-source -->\n"
        "<!-- an ordinary comment -->\n"
        "The mayor said the bridge would reopen.\n";
    CHECK(messages_of(draft) ==
          "Invalid suppression (comment at 1:1): claimcheck-disable names no check: add the id of the check to silence\n"
          "Invalid suppression (comment at 2:1): 'vauge-source' is not a check id: use one from `claimcheck rules list`\n"
          "Invalid suppression (comment at 3:1): 'claimcheck-silence' is not a claimcheck directive (use "
          "claimcheck-disable-next-line, claimcheck-disable or claimcheck-enable)\n"
          "Invalid suppression (comment at 4:1): claimcheck-enable vague-source has no claimcheck-disable vague-source "
          "before it: remove it\n");
    CHECK(check_text(draft).findings.front().severity == Severity::Error);
}

TEST_CASE("suppressions: a comment shown in a code block is not a directive") {
    const std::string draft =
        "```\n"
        "<!-- claimcheck-disable-next-line vague-source -->\n"
        "```\n"
        "Critics have warned that it would fail.\n";
    CHECK(findings_of(draft) == "4:1-4:8 vague-source: Critics\n");
}

TEST_CASE("suppressions: HTML comments work in HTML drafts too") {
    const std::string page =
        "<article>\n"
        "<!-- claimcheck-disable-next-line vague-source -->\n"
        "<p>Critics have warned that it would fail.</p>\n"
        "<p>Experts have warned that it would fail.</p>\n"
        "</article>\n";
    CHECK(findings_of(page, InputFormat::Html) == "4:4-4:11 vague-source: Experts\n");
}
