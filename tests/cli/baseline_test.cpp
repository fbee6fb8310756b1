// --write-baseline and --baseline: accepted findings are matched by rule, path and sentence.
#include <doctest/doctest.h>

#include <string>

#include "cli_runner.hpp"

using namespace claimcheck::testing;

TEST_CASE("baseline: accepted findings are not reported and do not fail; new ones do, wherever the old moved") {
    TempDir dir;
    const std::string story = dir.write("story.md", "Critics have warned that it would fail.\n");
    const std::string baseline = (dir.path() / "baseline.json").string();
    RunResult write = run_claimcheck("check --fail-on warning --write-baseline " + shell_quoted(baseline) + " " + shell_quoted(story));
    CHECK(write.exit_code == 0);
    CHECK(read_all(baseline) ==
          "{\n  \"version\": 1,\n  \"findings\": [\n    {\n      \"rule\": \"vague-source\",\n      \"path\": \"" + story +
              "\",\n      \"sentence\": \"Critics have warned that it would fail.\",\n      \"count\": 1\n    }\n  ]\n}\n");

    // The accepted sentence moves down two lines and a new vague source arrives.
    dir.write("story.md", "Experts have warned that it would fail.\n\nCritics have warned that it would fail.\n");
    RunResult run = run_claimcheck("check --fail-on warning --baseline " + shell_quoted(baseline) + " " + shell_quoted(story));
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("story.md:1:1: warning: Vague source 'Experts'") != std::string::npos);
    CHECK(run.out.find("Critics") == std::string::npos);
    CHECK(run.err == "claimcheck: 1 finding(s) accepted in " + baseline + " not reported\n");

    dir.write("story.md", "Critics have warned that it would fail.\n");
    CHECK(run_claimcheck("check --fail-on warning --baseline " + shell_quoted(baseline) + " " + shell_quoted(story)).exit_code == 0);
}

TEST_CASE("baseline: a file that is not a baseline is an error at its line and column") {
    TempDir dir;
    const std::string story = dir.write("story.md", "Critics have warned that it would fail.\n");
    const std::string broken = dir.write("broken.json", "{\n  \"version\": 1,\n  \"findings\": [\n");
    RunResult run = run_claimcheck("check --baseline " + shell_quoted(broken) + " " + shell_quoted(story));
    CHECK(run.exit_code == 2);
    CHECK(run.err == "claimcheck: error: " + broken +
                         ":4:1: the baseline is not valid JSON: write it again with `claimcheck check --write-baseline FILE`\n");
    const std::string other = dir.write("other.json", "{\"version\": 2}");
    CHECK(run_claimcheck("check --baseline " + shell_quoted(other) + " " + shell_quoted(story)).err ==
          "claimcheck: error: " + other + ":1:1: not a claimcheck baseline (it needs \"version\": 1 and a \"findings\" list): "
                                          "write one with `claimcheck check --write-baseline FILE`\n");
}
