// Attribution examples run through the whole engine: what `claimcheck rules test` compares, and
// the exact message of a mismatch.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "cli/attribution_examples.hpp"
#include "cli/rules_command.hpp"
#include "rules/embedded.hpp"

using namespace claimcheck;
using claimcheck::testing::builtin_engine;

namespace {

ExpectedAttribution expect_cue(const std::string& cue) {
    ExpectedAttribution expected;
    expected.cue = cue;
    return expected;
}

// The built-in pack plus one more rule file, as `--rules` would load a copy of rules/en/ with it,
// with no examples but that file's attribution examples: the report of `rules test` is then
// theirs alone, whatever the state of the built-in examples.
RulePack builtin_pack_with_only(const RuleFile& extra) {
    std::vector<RuleFile> files;
    for (const EmbeddedFile& file : embedded_rule_files())
        files.push_back(RuleFile{"rules/en/" + std::string(file.name), std::string(file.text)});
    files.push_back(extra);
    RulePack pack = load_rule_pack("en", files);
    std::erase_if(pack.attribution_examples,
                  [&](const AttributionExample& example) { return example.where.file != extra.path; });
    for (Pattern& pattern : pack.patterns) {
        pattern.match.clear();
        pattern.no_match.clear();
    }
    for (Check& check : pack.checks) {
        check.examples.fire.clear();
        check.examples.pass.clear();
    }
    return pack;
}

}  // namespace

TEST_CASE("attribution examples: the engine's attributions as texts, in order") {
    const std::vector<FoundAttribution> found =
        find_attributions(builtin_engine(), "\"We will win,\" she said, \"whatever it takes.\"\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].cue == "said");
    CHECK(found[0].source == "she");
    CHECK(found[0].content == std::vector<std::string>{"\"We will win,\"", "\"whatever it takes.\""});
    CHECK(found[0].form == "direct");

    // Markdown: a first line is a paragraph, unless it is written as a headline.
    CHECK(find_attributions(builtin_engine(), "Mayor says bridge will close\n")[0].form == "indirect");
    CHECK(find_attributions(builtin_engine(), "# Mayor says bridge will close\n")[0].form == "headline");
}

TEST_CASE("attribution examples: only the keys an example gives are compared") {
    const std::vector<FoundAttribution> found = {{"said", "The council", {"the bridge would close"}, "indirect"}};
    ExpectedAttribution expected = expect_cue("said");
    CHECK(attribution_mismatch({expected}, found).empty());

    expected.has_source = true;
    expected.source = "The council";
    expected.content = std::vector<std::string>{"the bridge would close"};
    expected.form = "indirect";
    CHECK(attribution_mismatch({expected}, found).empty());

    expected.source = std::nullopt;  // `source: null`: the attribution must have none
    CHECK(attribution_mismatch({expected}, found) ==
          "expected [{cue: said, source: null, content: the bridge would close, form: indirect}], found [{cue: said, "
          "source: The council, content: the bridge would close, form: indirect}]");
}

TEST_CASE("attribution examples: no more and no fewer attributions than expected") {
    CHECK(attribution_mismatch({}, {}).empty());
    CHECK(attribution_mismatch({expect_cue("said")}, {}) == "expected [{cue: said}], found []");
    const std::vector<FoundAttribution> two = {{"said", "Police", {"it was closed"}, "indirect"},
                                               {"added", std::nullopt, {}, "agentless"}};
    CHECK(attribution_mismatch({expect_cue("said")}, two) ==
          "expected [{cue: said}], found [{cue: said, source: Police, content: it was closed, form: indirect}, "
          "{cue: added, source: null, content: [], form: agentless}]");
    // The order is part of the expectation.
    CHECK_FALSE(attribution_mismatch({expect_cue("added"), expect_cue("said")}, two).empty());
}

TEST_CASE("attribution examples: texts YAML would misread are quoted, as in the rule file") {
    const std::vector<FoundAttribution> found = {
        {"said:", "Tomas Varga, the port's director,", {"\"We are ready.\"", "null"}, "direct"}};
    CHECK(attribution_mismatch({}, found) ==
          "expected [], found [{cue: 'said:', source: 'Tomas Varga, the port''s director,', content: ['\"We are "
          "ready.\"', 'null'], form: direct}]");
}

TEST_CASE("attribution examples: rules test counts them and names the failing example's place") {
    const Engine engine(builtin_pack_with_only(RuleFile{"rules/en/zz-test.yml", R"(attribution-examples:
  - text: 'The council said the bridge would close on Friday.'
    expect:
      - {cue: said, source: The council, content: the bridge would close on Friday, form: indirect}
  - text: 'It rained all day in the city.'
    expect:
      - {cue: rained, source: null}
)"}));
    std::ostringstream out;
    CHECK(test_rules(out, engine) == 1);
    CHECK(out.str() ==
          "rules/en/zz-test.yml:5:5: attribution example: expected [{cue: rained, source: null}], found []\n"
          "1 passed, 1 failed\n");
}
