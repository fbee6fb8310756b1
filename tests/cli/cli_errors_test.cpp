// Bad input gets a one-line error naming the file, line and column, and exit status 2.
#include <doctest/doctest.h>

#include <algorithm>

#include "cli_runner.hpp"

using namespace claimcheck::testing;

namespace {

// A rule pack folder with one file, to feed --rules.
std::string pack_with(const TempDir& dir, const std::string& yaml) {
    dir.write("pack/rules.yml", yaml);
    return (dir.path() / "pack").string();
}

}  // namespace

TEST_CASE("cli: a missing file is an error with its path, and exit 2") {
    TempDir dir;
    std::string missing = (dir.path() / "nope.md").string();
    RunResult run = run_claimcheck("check " + shell_quoted(missing));
    CHECK(run.exit_code == 2);
    CHECK(run.err == "claimcheck: error: " + missing + ": no such file or folder: check the path\n");
}

TEST_CASE("cli: a binary file is refused with the place of its first NUL byte") {
    TempDir dir;
    std::string file = dir.write("image.txt", std::string("GIF89a\0\0\x01", 9));
    RunResult run = run_claimcheck("check " + shell_quoted(file));
    CHECK(run.exit_code == 2);
    CHECK(run.err.rfind("claimcheck: error: " + file + ":1:7: binary file (NUL byte)", 0) == 0);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
}

TEST_CASE("cli: one unreadable input does not stop the others") {
    TempDir dir;
    std::string good = dir.write("good.md", "The ferry company cut 340 jobs last year.\n");
    std::string missing = (dir.path() / "missing.md").string();
    RunResult run = run_claimcheck("check --format json --fail-on never " + shell_quoted(good) + " " + shell_quoted(missing));
    CHECK(run.exit_code == 2);
    CHECK(run.out.find("\"rule\": \"unattributed-claim\"") != std::string::npos);
}

TEST_CASE("cli: malformed YAML in a rule pack points at the line and column") {
    TempDir dir;
    std::string pack = pack_with(dir, "lexicons:\n  hedges:\n    entries: [may, might\n");
    RunResult run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err.rfind("claimcheck: error: " + pack + "/rules.yml:", 0) == 0);
    CHECK(run.err.find(": invalid YAML") != std::string::npos);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
}

TEST_CASE("cli: an invalid regex names the pattern and where it is") {
    TempDir dir;
    std::string pack = pack_with(dir,
                                 "patterns:\n"
                                 "  - id: broken\n"
                                 "    form: indirect\n"
                                 "    regex: '(?P<cue>said'\n"
                                 "    examples: {match: ['he said']}\n");
    RunResult run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err.rfind("claimcheck: error: " + pack + "/rules.yml:4:12: pattern 'broken': invalid regex: ", 0) == 0);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
}

TEST_CASE("cli: an unknown key is an error at the key") {
    TempDir dir;
    std::string pack = pack_with(dir,
                                 "checks:\n"
                                 "  - id: vague-source\n"
                                 "    severty: warning\n");
    RunResult run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err.rfind("claimcheck: error: " + pack + "/rules.yml:3:5: unknown key 'severty'", 0) == 0);
    CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
}

TEST_CASE("cli: an unknown check id in --disable is a usage error") {
    RunResult run = run_claimcheck("check --disable no-such-check -", "Text.\n");
    CHECK(run.exit_code == 2);
    CHECK(run.err == "claimcheck: error: --disable no-such-check: no such check (see `claimcheck rules list`)\n");
}

TEST_CASE("cli: exit status follows --fail-on") {
    const std::string draft = "Experts have cautioned that the truce may not hold.\n";
    CHECK(run_claimcheck("check -", draft).exit_code == 0);  // a warning, default --fail-on error
    CHECK(run_claimcheck("check --fail-on warning -", draft).exit_code == 1);
    CHECK(run_claimcheck("check --fail-on warning --disable vague-source -", draft).exit_code == 0);
    CHECK(run_claimcheck("check --fail-on never -", "The mayor took bribes from a builder in 2019.\n").exit_code == 0);
    CHECK(run_claimcheck("check -", "The mayor took bribes from a builder in 2019.\n").exit_code == 1);
}

TEST_CASE("cli: the text report is compiler style with the span underlined") {
    RunResult run = run_claimcheck("check --color never -", "Headline\n\nExperts have cautioned that the truce may not hold.\n");
    CHECK(run.exit_code == 0);
    CHECK(run.out ==
          "-:3:1: warning: Vague source 'Experts': say who they are or why they are qualified [vague-source]\n"
          "    Experts have cautioned that the truce may not hold.\n"
          "    ^~~~~~~\n"
          "1 finding (0 errors, 1 warning, 0 info) in 1 document.\n");
}
