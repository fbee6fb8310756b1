// Loading a valid pack: every section's content, merging across files, the prefilter set, folders
// and the embedded default pack.
#include <doctest/doctest.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <re2/re2.h>
#include <re2/set.h>

#include "pack_fixture.hpp"
#include "rules/embedded.hpp"

using namespace claimcheck;
using claimcheck::testing::load_yaml;

namespace {

std::string where(const Location& location) { return format_location(location); }

const char* const full_pack = R"(lexicons:
  heads:
    doc: Unnamed sources.
    tag: anonymous
    entries: [official, officials, ' people   familiar ']
  vague:
    entries: [experts]
  all-heads:
    include: [heads, vague]
    entries: [source]
fragments:
  np: '(?:the |an? )?(?:senior )?{{all-heads}}'
patterns:
  - id: np-said
    form: indirect
    priority: 10
    regex: '(?P<source>{{np}}) (?P<cue>said) (?P<content>.+)'
    examples:
      match:
        - text: 'An official said the talks were over.'
          expect: {source: An official, cue: said, content: the talks were over.}
        - The experts said nothing.
      no-match: ['The mayor closed the bridge.']
  - id: split
    form: direct
    scope: headline
    regex: '(?P<content2>"[^"]+") (?P<cue>said) (?P<source>\w+), (?P<content>"[^"]+")'
    examples: {match: ['"No," said Kim, "never."']}
claims:
  threshold: 2.5
  triggers:
    - {id: statistic, weight: 2, regex: '\d+%'}
    - {id: comparison, regex: '\bmore than\b'}
  exempt:
    - {id: question, regex: '\?$'}
sources:
  kinds:
    anonymous: [heads]
    vague: [vague, all-heads]
  aliases: {Pyongyang: North Korea}
  affiliations: {US officials: United States}
structure:
  abbreviations: [Mr, Dr]
  block-roles:
    - {role: caption, regex: '^Image caption'}
    - {role: dateline, regex: '^\d+ May'}
checks:
  - id: vague-source
    severity: warning
    summary: A vague source.
    message: "Vague source '{source}'"
    standard: "ATTR-03"
    explain: |
      Say who they are.
    params: {window: 2, strict: true, label: experts}
    examples:
      fire: ['Experts said so.']
      pass: ['Dr Ode said so.', 'Nobody did.']
  - id: loaded-verb
    severity: info
    message: "Loaded verb '{cue}'"
    enabled: false
    examples: {fire: [He admitted it.], pass: [He said it.]}
)";

}  // namespace

TEST_CASE("rules: severities have names") {
    CHECK(std::string(severity_name(Severity::Error)) == "error");
    CHECK(std::string(severity_name(Severity::Warning)) == "warning");
    CHECK(std::string(severity_name(Severity::Info)) == "info");
    CHECK(parse_severity("warning") == Severity::Warning);
    CHECK(parse_severity("error") == Severity::Error);
    CHECK(parse_severity("info") == Severity::Info);
    CHECK(parse_severity("Warning") == std::nullopt);
}

TEST_CASE("rules: a pack keeps every section's content") {
    const RulePack pack = load_yaml(full_pack);
    CHECK(pack.name == "test");

    const Lexicon* heads = pack.lexicon("heads");
    REQUIRE(heads != nullptr);
    CHECK(heads->doc == "Unnamed sources.");
    CHECK(heads->tag == "anonymous");
    CHECK(where(heads->where) == "test.yml:2:3");
    CHECK(heads->entries == std::vector<std::string>{"official", "officials", "people familiar"});
    CHECK(pack.lexicon("all-heads")->entries ==
          std::vector<std::string>{"source", "official", "officials", "people familiar", "experts"});
    CHECK(pack.lexicon("nothing") == nullptr);
    CHECK(pack.fragments.at("np") ==
          "(?:the |an? )?(?:senior )?(?:(?i:people\\s+familiar)|(?i:officials)|(?i:official)|(?i:experts)|(?i:source))");

    REQUIRE(pack.patterns.size() == 2);
    const Pattern& said = pack.patterns[0];
    CHECK(said.id == "np-said");
    CHECK(said.form == "indirect");
    CHECK(said.scope == "sentence");
    CHECK(said.priority == 10);
    CHECK(where(said.where) == "test.yml:14:5");
    CHECK(said.compiled().source_group == 1);
    CHECK(said.compiled().cue_group == 2);
    CHECK(said.compiled().content_groups == std::vector<int>{3});
    REQUIRE(said.match.size() == 2);
    CHECK(said.match[0].text == "An official said the talks were over.");
    CHECK(said.match[0].expect == std::map<std::string, std::string>{
                                      {"source", "An official"}, {"cue", "said"}, {"content", "the talks were over."}});
    CHECK(where(said.match[0].where) == "test.yml:20:11");
    CHECK(said.match[1].text == "The experts said nothing.");
    CHECK(said.match[1].expect.empty());
    CHECK(where(said.match[1].where) == "test.yml:22:11");
    REQUIRE(said.no_match.size() == 1);
    CHECK(said.no_match[0].text == "The mayor closed the bridge.");
    CHECK(where(said.no_match[0].where) == "test.yml:23:18");

    // content groups are ordered content, content2 … whatever their order in the regex.
    const Pattern& split = pack.patterns[1];
    CHECK(split.scope == "headline");
    CHECK(split.priority == 0);
    CHECK(split.compiled().source_group == 3);
    CHECK(split.compiled().cue_group == 2);
    CHECK(split.compiled().content_groups == std::vector<int>{4, 1});

    CHECK(pack.claims.threshold == 2.5);
    REQUIRE(pack.claims.triggers.size() == 3);
    CHECK(pack.claims.triggers[0].id == "statistic");
    CHECK(pack.claims.triggers[0].kind == "trigger");
    CHECK(pack.claims.triggers[0].weight == 2);
    CHECK(pack.claims.triggers[1].weight == 1);
    CHECK(pack.claims.triggers[2].id == "question");
    CHECK(pack.claims.triggers[2].kind == "exempt");
    CHECK(where(pack.claims.triggers[2].where) == "test.yml:35:7");
    CHECK(RE2::PartialMatch("Is it?", RE2(pack.claims.triggers[2].regex)));
    CHECK(RE2::PartialMatch("up 12% on May", RE2(pack.claims.triggers[0].regex)));

    CHECK(pack.sources.kind_lexicons ==
          std::map<std::string, std::vector<std::string>>{{"anonymous", {"heads"}}, {"vague", {"vague", "all-heads"}}});
    CHECK(pack.sources.aliases == std::map<std::string, std::string>{{"Pyongyang", "North Korea"}});
    CHECK(pack.sources.affiliations == std::map<std::string, std::string>{{"US officials", "United States"}});

    CHECK(pack.abbreviations == std::vector<std::string>{"Mr", "Dr"});
    CHECK(pack.block_roles == std::vector<std::pair<BlockKind, std::string>>{{BlockKind::Caption, "^Image caption"},
                                                                              {BlockKind::Dateline, "^\\d+ May"}});

    REQUIRE(pack.checks.size() == 2);
    const Check* vague = pack.check("vague-source");
    REQUIRE(vague != nullptr);
    CHECK(vague->severity == Severity::Warning);
    CHECK(vague->summary == "A vague source.");
    CHECK(vague->message == "Vague source '{source}'");
    CHECK(vague->standard == "ATTR-03");
    CHECK(vague->explain == "Say who they are.\n");
    CHECK(vague->params == std::map<std::string, std::string>{{"window", "2"}, {"strict", "true"}, {"label", "experts"}});
    CHECK(vague->enabled);
    CHECK(vague->examples.fire == std::vector<std::string>{"Experts said so."});
    CHECK(vague->examples.pass == std::vector<std::string>{"Dr Ode said so.", "Nobody did."});
    CHECK(where(vague->examples.where) == "test.yml:57:7");
    REQUIRE(vague->examples.pass_where.size() == 2);
    CHECK(where(vague->examples.fire_where[0]) == "test.yml:57:14");
    CHECK(where(vague->examples.pass_where[1]) == "test.yml:58:33");
    CHECK(where(vague->where) == "test.yml:48:5");
    const Check* loaded = pack.check("loaded-verb");
    REQUIRE(loaded != nullptr);
    CHECK(loaded->severity == Severity::Info);
    CHECK_FALSE(loaded->enabled);
    CHECK(pack.check("no-such-check") == nullptr);

    // The non-const lookup hands out the pack's own check, e.g. for --disable.
    RulePack mutable_pack = load_yaml(full_pack);
    mutable_pack.check("vague-source")->enabled = false;
    CHECK_FALSE(mutable_pack.checks[0].enabled);
}

TEST_CASE("rules: attribution examples keep their text and only the keys they give") {
    const RulePack pack = load_yaml(R"(attribution-examples:
  - text: '"We will win," she said, "whatever it takes."'
    expect:
      - {cue: said, source: she, content: ['"We will win,"', '"whatever it takes."'], form: direct}
  - text: 'It is believed the talks will resume.'
    expect:
      - {cue: is believed, source: null, content: the talks will resume}
      - {cue: said, content: []}
  - text: 'It rained.'
    expect: []
)");
    REQUIRE(pack.attribution_examples.size() == 3);

    const AttributionExample& split = pack.attribution_examples[0];
    CHECK(split.text == "\"We will win,\" she said, \"whatever it takes.\"");
    CHECK(where(split.where) == "test.yml:2:5");
    REQUIRE(split.expect.size() == 1);
    CHECK(split.expect[0].cue == "said");
    CHECK(split.expect[0].has_source);
    CHECK(split.expect[0].source == "she");
    CHECK(split.expect[0].content == std::vector<std::string>{"\"We will win,\"", "\"whatever it takes.\""});
    CHECK(split.expect[0].form == "direct");
    CHECK(where(split.expect[0].where) == "test.yml:4:9");

    // `source: null` is "no source"; a key left out is not compared; one content string is one piece.
    const AttributionExample& agentless = pack.attribution_examples[1];
    REQUIRE(agentless.expect.size() == 2);
    CHECK(agentless.expect[0].has_source);
    CHECK(agentless.expect[0].source == std::nullopt);
    CHECK(agentless.expect[0].content == std::vector<std::string>{"the talks will resume"});
    CHECK(agentless.expect[0].form == std::nullopt);
    CHECK_FALSE(agentless.expect[1].has_source);
    CHECK(agentless.expect[1].content == std::vector<std::string>{});

    CHECK(pack.attribution_examples[2].expect.empty());
}

TEST_CASE("rules: the prefilter set finds every pattern that matches, by its cue") {
    const RulePack pack = load_yaml(R"(lexicons:
  speech: {inflect: verb, entries: [say|said, warn, point out]}
patterns:
  - {id: np-said, form: indirect, regex: '(?P<source>\b[A-Z]\w+) (?P<cue>{{speech}})\b', examples: {match: [Kim said]}}
  - {id: according-to, form: according-to, regex: '(?P<cue>\b[Aa]ccording to) (?P<source>[^,]+)', examples: {match: [according to Kim]}}
  - {id: reportedly, form: agentless, regex: '(?P<cue>\breportedly\b)', examples: {match: [It reportedly fell.]}}
  - {id: quote, form: direct, regex: '^(?P<content>"[^"]+"),? (?P<cue>{{speech}}) (?P<source>\w+)', examples: {match: ['"No," said Kim']}}
)");
    REQUIRE(pack.pattern_set.get() != nullptr);
    const auto set_hits = [&](const std::string& text) {
        std::vector<int> hits;
        pack.pattern_set->Match(text, &hits);
        std::sort(hits.begin(), hits.end());
        return hits;
    };
    const auto one_by_one = [&](const std::string& text) {
        std::vector<int> hits;
        for (std::size_t i = 0; i < pack.patterns.size(); ++i)
            if (RE2::PartialMatch(text, pack.patterns[i].re())) hits.push_back(static_cast<int>(i));
        return hits;
    };
    // text, patterns whose cue occurs (the set's answer), patterns that match
    struct Sample {
        std::string text;
        std::vector<int> cues, matches;
    };
    const std::vector<Sample> samples = {
        {"Kim said the talks were over.", {0, 3}, {0}},
        {"According to Kim, the talks were over.", {1}, {1}},
        {"\"No,\" said Kim, \"never.\"", {0, 3}, {3}},
        {"\"No,\" Kim warned, according to aides.", {0, 1, 3}, {0, 1}},
        {"The envoy reportedly left; Officials pointed out the risk.", {0, 2, 3}, {0, 2}},
        {"nothing to see here", {}, {}},
        {"", {}, {}},
    };
    for (const auto& sample : samples) {
        CAPTURE(sample.text);
        CHECK(set_hits(sample.text) == sample.cues);
        CHECK(one_by_one(sample.text) == sample.matches);
        CHECK(std::includes(sample.cues.begin(), sample.cues.end(), sample.matches.begin(), sample.matches.end()));
    }
}

TEST_CASE("rules: files merge in name order") {
    const RuleFile verbs{"a-lexicons.yml", R"(lexicons:
  speech: {inflect: verb, entries: [say|said]}
structure:
  abbreviations: [Mr, Dr]
)"};
    const RuleFile first{"b-patterns.yml", R"(fragments:
  who: '\b[A-Z]\w+'
patterns:
  - {id: b-one, form: indirect, regex: '(?P<source>{{who}}) (?P<cue>{{speech}})', examples: {match: [Kim said]}}
  - {id: b-two, form: indirect, regex: '(?P<cue>{{speech}}) (?P<source>{{who}})', examples: {match: [said Kim]}}
)"};
    const RuleFile second{"c-more.yml", R"(patterns:
  - {id: c-one, form: agentless, regex: '(?P<cue>it is {{speech}})', examples: {match: [it is said]}}
structure:
  abbreviations: [Dr, Gen]
checks:
  - {id: loaded-verb, severity: info, message: m, examples: {fire: [a], pass: [b]}}
)"};
    const RulePack pack = load_rule_pack("merged", {second, verbs, first});
    CHECK(pack.name == "merged");
    REQUIRE(pack.patterns.size() == 3);
    CHECK(pack.patterns[0].id == "b-one");
    CHECK(pack.patterns[1].id == "b-two");
    CHECK(pack.patterns[2].id == "c-one");
    CHECK(where(pack.patterns[2].where) == "c-more.yml:2:5");
    CHECK(pack.abbreviations == std::vector<std::string>{"Mr", "Dr", "Gen"});
    CHECK(pack.checks.size() == 1);
    std::vector<int> hits;
    CHECK(pack.pattern_set->Match("it is said Kim", &hits));
    std::sort(hits.begin(), hits.end());
    CHECK(hits == std::vector<int>{0, 1, 2});  // every pattern's cue occurs
}

TEST_CASE("rules: an empty file or an empty section adds nothing") {
    const RulePack pack = load_rule_pack("p", {RuleFile{"a.yml", ""}, RuleFile{"b.yml", "# only a comment\n"},
                                               RuleFile{"c.yml", "lexicons:\npatterns:\nchecks:\nclaims:\n"}});
    CHECK(pack.lexicons.empty());
    CHECK(pack.patterns.empty());
    CHECK(pack.checks.empty());
    CHECK(pack.claims.threshold == 2);
    REQUIRE(pack.pattern_set.get() != nullptr);
    std::vector<int> hits;
    CHECK_FALSE(pack.pattern_set->Match("Kim said", &hits));
}

namespace {

// A fresh folder under the system temp folder, removed at the end of the test. The process id keeps
// test runs of several build folders at once apart.
struct TempFolder {
    std::filesystem::path path;
    explicit TempFolder(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("claimcheck-rules-test-" + std::to_string(::getpid())) / name) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempFolder() { std::filesystem::remove_all(path.parent_path()); }
    void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

}  // namespace

TEST_CASE("rules: a folder loads its *.yml and *.yaml files in name order") {
    const TempFolder folder("mypack");
    folder.write("2-patterns.yaml", R"(patterns:
  - {id: p2, form: agentless, regex: '(?P<cue>reportedly)', examples: {match: [reportedly]}}
)");
    folder.write("1-patterns.yml", R"(patterns:
  - {id: p1, form: agentless, regex: '(?P<cue>allegedly)', examples: {match: [allegedly]}}
)");
    folder.write("notes.txt", "not: [yaml");
    folder.write(".backup.yml", "not: [yaml");
    const RulePack pack = load_rule_pack_dir(folder.path.string());
    CHECK(pack.name == "mypack");
    REQUIRE(pack.patterns.size() == 2);
    CHECK(pack.patterns[0].id == "p1");
    CHECK(pack.patterns[0].where.file == (folder.path / "1-patterns.yml").string());
    CHECK(pack.patterns[1].id == "p2");

    folder.write("3-broken.yml", "checks: [");
    CHECK_THROWS_WITH_AS(load_rule_pack_dir(folder.path.string() + "/"),
                         ((folder.path / "3-broken.yml").string() + ":1:1: invalid YAML: end of sequence flow not found").c_str(),
                         UserError);
}

TEST_CASE("rules: a missing or empty rule folder is an error") {
    const TempFolder folder("empty");
    folder.write("readme.txt", "no rules here");
    const std::string empty = folder.path.string();
    CHECK_THROWS_WITH_AS(load_rule_pack_dir(empty),
                         (empty + ": the rule folder has no *.yml or *.yaml files; a rule pack needs at least one").c_str(),
                         UserError);
    const std::string missing = (folder.path / "nowhere").string();
    CHECK_THROWS_WITH_AS(load_rule_pack_dir(missing),
                         (missing + ": rule folder not found: check the path given to --rules").c_str(), UserError);
    const std::string file = (folder.path / "readme.txt").string();
    CHECK_THROWS_WITH_AS(load_rule_pack_dir(file),
                         (file + ": not a folder: --rules takes a folder of *.yml rule files").c_str(), UserError);
}

TEST_CASE("rules: the embedded default pack loads, with rules/en/ file names") {
    REQUIRE_FALSE(embedded_rule_files().empty());
    const RulePack pack = load_builtin_pack();
    CHECK(pack.name == "en");
    CHECK(std::find(pack.abbreviations.begin(), pack.abbreviations.end(), "Mr") != pack.abbreviations.end());
    for (const Check& check : pack.checks) {
        CAPTURE(check.id);
        CHECK(check.where.file.rfind("rules/en/", 0) == 0);
    }
}

TEST_CASE("rules: the embedded pack passes full validation, unused fragments included") {
    CHECK_NOTHROW(load_builtin_pack(PackValidation::Full));
}

TEST_CASE("rules: a broken fragment no regex uses is reported in full validation only") {
    const std::vector<RuleFile> files{RuleFile{"pack/a.yml", "fragments:\n  broken: '(unclosed'\n"}};
    CHECK_THROWS_WITH_AS(load_rule_pack("pack", files), "pack/a.yml:2:11: fragment 'broken': invalid regex: missing ): (unclosed",
                         UserError);
    CHECK_NOTHROW(load_rule_pack("pack", files, nullptr, PackValidation::SkipUnusedFragments));
}

TEST_CASE("rules: checking drafts skips the embedded attribution examples; full validation reads them") {
    CHECK(load_builtin_pack().attribution_examples.empty());
    CHECK(load_builtin_pack(PackValidation::Full).attribution_examples.size() > 100);
}
