// `claimcheck eval` run as a user would: exact scores on a tiny gold file, JSON, --output,
// --errors, and errors in the gold file.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../cli/cli_runner.hpp"

using namespace claimcheck::testing;

namespace {

// Two articles, four gold attributions. The engine finds the mayor's (content cut before the
// period, which gold includes) and the council's exactly; "The river rose …" and "The lake
// froze …" are annotated as attributions on purpose so that they are missed, and the
// forecasters' attribution is left out of gold on purpose so that it is a false alarm.
const std::string kTinyGold =
    R"({"id": "bridge", "text": "Bridge to reopen\n\nThe mayor said the bridge would reopen in May. The river rose two metres overnight. Tolls will rise next year, the council said.\n", )"
    R"("attributions": [{"cue": [[28, 32]], "source": [[18, 27]], "content": [[33, 64]], "implicit_source": false}, )"
    R"({"cue": [[75, 79]], "source": [[65, 74]], "content": [[80, 100]], "implicit_source": false}, )"
    R"({"cue": [[141, 145]], "source": [[129, 140]], "content": [[102, 127]], "implicit_source": false}]})"
    "\n"
    R"({"id": "weather", "text": "Weather\n\nRain is due on Friday, forecasters said. The lake froze last night.\n", )"
    R"("attributions": [{"cue": [[59, 64]], "source": [[50, 58]], "content": [[65, 75]], "implicit_source": false}]})"
    "\n";

std::string expected_table(const std::string& path) {
    return path +
           ": 2 articles, 4 gold attributions, 3 predicted attributions\n"
           "\n"
           "                 exact                  overlap\n"
           "               P      R     F1         P      R     F1\n"
           "cue         66.7   50.0   57.1      66.7   50.0   57.1\n"
           "source      66.7   50.0   57.1      66.7   50.0   57.1\n"
           "content     33.3   25.0   28.6      66.7   50.0   57.1\n"
           "link        66.7   50.0   57.1      66.7   50.0   57.1\n"
           "\n"
           "link: 2 matched, 2 missed, 1 false alarm\n"
           "(percent, micro-averaged; an attribution links when its cue and its source both match)\n"
           "\n"
           "unattributed-claim: 0 flags (0.0 per 1,000 words)\n";
}

}  // namespace

TEST_CASE("eval cli: the text table of a tiny gold file") {
    TempDir dir;
    const std::string gold = dir.write("tiny.jsonl", kTinyGold);
    RunResult run = run_claimcheck("eval " + shell_quoted(gold));
    CHECK(run.exit_code == 0);
    CHECK(run.err == "");
    CHECK(run.out == expected_table(gold));
}

TEST_CASE("eval cli: --errors lists the first misses and false alarms with what the other side had") {
    TempDir dir;
    const std::string gold = dir.write("tiny.jsonl", kTinyGold);
    RunResult run = run_claimcheck("eval " + shell_quoted(gold) + " --errors 1");
    CHECK(run.exit_code == 0);
    CHECK(run.out ==
          expected_table(gold) +
              "\n"
              "Misses (gold attributions with no link match): 1 of 2 shown\n"
              "1. bridge, line 3\n"
              "   | The mayor said the bridge would reopen in May. The river rose two metres overnight. Tolls will "
              "rise next year, the council said.\n"
              "   gold       cue \"rose\" [75,79]; source \"The river\" [65,74]; content \"two metres overnight\" [80,100]\n"
              "   predicted  cue \"said\" [28,32]; source \"The mayor\" [18,27]; content \"the bridge would reopen in "
              "May\" [33,63]\n"
              "   predicted  cue \"said\" [141,145]; source \"the council\" [129,140]; content \"Tolls will rise next "
              "year\" [102,127]\n"
              "\n"
              "False alarms (predicted attributions with no link match): 1 of 1 shown\n"
              "1. weather, line 3\n"
              "   | Rain is due on Friday, forecasters said. The lake froze last night.\n"
              "   predicted  cue \"said\" [44,48]; source \"forecasters\" [32,43]; content \"Rain is due on Friday\" [9,30]\n"
              "   gold       cue \"froze\" [59,64]; source \"The lake\" [50,58]; content \"last night\" [65,75]\n");
}

TEST_CASE("eval cli: JSON has the counts behind every ratio, and errors only when asked") {
    TempDir dir;
    const std::string gold = dir.write("tiny.jsonl", kTinyGold);
    RunResult run = run_claimcheck("eval " + shell_quoted(gold) + " --format json");
    REQUIRE(run.exit_code == 0);
    const auto report = nlohmann::json::parse(run.out);
    CHECK(report["version"] == 1);
    CHECK(report["articles"] == 2);
    CHECK(report["gold_attributions"] == 4);
    CHECK(report["predicted_attributions"] == 3);
    CHECK(report["content"]["exact"] == nlohmann::json::parse(
                                            R"({"tp": 1, "fp": 2, "fn": 3, "precision": 0.3333, "recall": 0.25, "f1": 0.2857})"));
    CHECK(report["content"]["overlap"]["tp"] == 2);
    CHECK(report["link"] == nlohmann::json::parse(
                                R"({"tp": 2, "fp": 1, "fn": 2, "precision": 0.6667, "recall": 0.5, "f1": 0.5714})"));
    CHECK(report["link_exact"]["tp"] == 2);
    CHECK_FALSE(report.contains("errors"));

    RunResult with_errors = run_claimcheck("eval " + shell_quoted(gold) + " --format json --errors 5");
    const auto errors = nlohmann::json::parse(with_errors.out)["errors"];
    REQUIRE(errors["misses"].size() == 2);
    CHECK(errors["misses"][1]["article"] == "weather");
    CHECK(errors["misses"][1]["gold"]["cue"][0] == nlohmann::json::parse(R"({"text": "froze", "start": 59, "end": 64})"));
    CHECK(errors["misses"][1]["predicted"].size() == 1);  // the forecasters, on the same line
    REQUIRE(errors["false_alarms"].size() == 1);
    CHECK(errors["false_alarms"][0]["predicted"]["source"][0]["text"] == "forecasters");
}

TEST_CASE("eval cli: --output writes the scores to a file; - reads the gold file from standard input") {
    TempDir dir;
    const std::string gold = dir.write("tiny.jsonl", kTinyGold);
    const std::string out = (dir.path() / "scores.txt").string();
    RunResult run = run_claimcheck("eval " + shell_quoted(gold) + " --output " + shell_quoted(out));
    CHECK(run.exit_code == 0);
    CHECK(run.out == "");
    CHECK(read_all(out) == expected_table(gold));
    CHECK(run_claimcheck("eval -", kTinyGold).out == expected_table("-"));
}

TEST_CASE("eval cli: a bad gold file or option is an error with its place, and exit 2") {
    TempDir dir;
    const std::string gold = dir.write("bad.jsonl", kTinyGold + R"({"id": "late", "text": "Hi", "attributions": [{"cue": [[0, 3]], "source": [], "content": []}]})" "\n");
    RunResult run = run_claimcheck("eval " + shell_quoted(gold));
    CHECK(run.exit_code == 2);
    CHECK(run.out == "");
    CHECK(run.err == "claimcheck: error: " + gold +
                         ":3:1: attributions[0].cue[0]: offset 3 is past the end of \"text\" (2 bytes): offsets are "
                         "UTF-8 byte offsets into \"text\"\n");
    RunResult negative = run_claimcheck("eval " + shell_quoted(gold) + " --errors -1");
    CHECK(negative.exit_code == 2);
    CHECK(negative.err == "claimcheck: error: --errors: must be a whole number, 0 or more (see `claimcheck --help`)\n");
    RunResult missing = run_claimcheck("eval");
    CHECK(missing.exit_code == 2);
}

TEST_CASE("eval cli: unattributed-claim flags, with articles that carry no annotations counted for the rate only") {
    const std::string corpus =
        R"({"id": "ferry", "text": "Ferry fares rise\n\nFares rose by 40 percent last year. The operator cut 200 jobs in March.\n", )"
        R"("attributions": [{"cue": [], "source": [], "content": [[18, 53]], "implicit_source": true}]})"
        "\n"
        R"({"id": "news", "text": "Plant closes\n\nThe plant cut 300 jobs in May.\n"})"
        "\n";
    const auto text = run_claimcheck("eval -", corpus);
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("\nunattributed-claim: 3 flags (115.4 per 1,000 words); 1 of 2 in annotated articles (50.0%) "
                        "overlap a gold attribution's content, 1 (50.0%) lie half or more inside it\n(1 article not annotated: counted for the flag rate only)\n") !=
          std::string::npos);
    const auto json = nlohmann::json::parse(run_claimcheck("eval - --format json", corpus).out);
    CHECK(json["articles"] == 1);
    CHECK(json["unannotated_articles"] == 1);
    CHECK(json["unattributed_claim"] == nlohmann::json({{"flags", 3},
                                                        {"words", 26},
                                                        {"per_1000_words", 115.4},
                                                        {"annotated_flags", 2},
                                                        {"in_gold_content", 1},
                                                        {"gold_content_rate", 0.5},
                                                        {"mostly_in_gold_content", 1},
                                                        {"mostly_in_gold_content_rate", 0.5}}));
}
