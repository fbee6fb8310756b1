// The build-time snapshot of the built-in pack (tools/pack_snapshot.cpp): it must be what the
// embedded YAML parses to now, survive a round trip, and give the same compiled pack.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "rules/pack_snapshot.hpp"

using namespace claimcheck;

namespace {

rules::PackSources parsed_builtin() {
    return rules::parse_rule_files(builtin_rule_files(PackValidation::SkipUnusedFragments));
}

std::vector<std::string> pattern_regexes(const RulePack& pack) {
    std::vector<std::string> out;
    for (const Pattern& pattern : pack.patterns)
        out.push_back(pattern.id + " " + pattern.form + " " + std::to_string(pattern.priority) + " " + pattern.regex);
    return out;
}

std::vector<std::string> trigger_regexes(const RulePack& pack) {
    std::vector<std::string> out;
    for (const Trigger& trigger : pack.claims.triggers)
        out.push_back(trigger.id + " " + trigger.kind + " " + std::to_string(trigger.weight) + " " + trigger.regex);
    return out;
}

std::vector<std::string> check_texts(const RulePack& pack) {
    std::vector<std::string> out;
    for (const Check& check : pack.checks)
        out.push_back(check.id + "|" + severity_name(check.severity) + "|" + check.message + "|" + check.explain + "|" +
                      std::to_string(check.examples.fire.size()) + "|" + format_location(check.where));
    return out;
}

}  // namespace

TEST_CASE("snapshot: the embedded snapshot is the embedded YAML as parsed now") {
    const std::string_view embedded = rules::embedded_pack_snapshot();
    REQUIRE_FALSE(embedded.empty());
    CHECK(rules::write_pack_snapshot(parsed_builtin()) == std::string(embedded));
}

TEST_CASE("snapshot: reading and writing again gives the same bytes") {
    const std::string bytes = rules::write_pack_snapshot(parsed_builtin());
    CHECK(rules::write_pack_snapshot(rules::read_pack_snapshot(bytes)) == bytes);
}

TEST_CASE("snapshot: the pack compiled from it equals the pack compiled from the YAML") {
    const RulePack from_snapshot = load_builtin_pack();
    const RulePack from_yaml =
        load_rule_pack("en", builtin_rule_files(PackValidation::SkipUnusedFragments), nullptr,
                       PackValidation::SkipUnusedFragments);
    CHECK(pattern_regexes(from_snapshot) == pattern_regexes(from_yaml));
    CHECK(trigger_regexes(from_snapshot) == trigger_regexes(from_yaml));
    CHECK(check_texts(from_snapshot) == check_texts(from_yaml));
    CHECK(from_snapshot.fragments == from_yaml.fragments);
    CHECK(from_snapshot.block_roles == from_yaml.block_roles);
    CHECK(from_snapshot.abbreviations == from_yaml.abbreviations);
    CHECK(from_snapshot.sentence_openers == from_yaml.sentence_openers);
    CHECK(from_snapshot.sources.aliases == from_yaml.sources.aliases);
    CHECK(from_snapshot.sources.affiliations == from_yaml.sources.affiliations);
    CHECK(from_snapshot.sources.kind_lexicons == from_yaml.sources.kind_lexicons);
    REQUIRE(from_snapshot.lexicons.size() == from_yaml.lexicons.size());
    for (const auto& [name, lexicon] : from_yaml.lexicons) {
        CAPTURE(name);
        CHECK(from_snapshot.lexicons.at(name).entries == lexicon.entries);
        CHECK(from_snapshot.lexicons.at(name).tag == lexicon.tag);
        CHECK(format_location(from_snapshot.lexicons.at(name).where) == format_location(lexicon.where));
    }
}

TEST_CASE("snapshot: damaged bytes are refused with what to do") {
    try {
        rules::read_pack_snapshot("\x01not a snapshot");
        FAIL("a damaged snapshot was read");
    } catch (const std::runtime_error& error) {
        CHECK(std::string(error.what()).find("rebuild claimcheck") != std::string::npos);
    }
}

TEST_CASE("snapshot: attribution examples are never written into one") {
    rules::PackSources sources = parsed_builtin();
    sources.attribution_examples.push_back(AttributionExample{"Ann said so.", {}, Location{"x.yml", 1, 1}});
    CHECK_THROWS_AS(rules::write_pack_snapshot(sources), std::logic_error);
}

TEST_CASE("snapshot: patterns compiled on first use equal the patterns compiled with the pack") {
    // load_builtin_pack() leaves its patterns until they are used; full validation compiles them.
    const RulePack on_first_use = load_builtin_pack();
    const RulePack with_pack = load_builtin_pack(PackValidation::Full);
    REQUIRE(on_first_use.patterns.size() == with_pack.patterns.size());
    for (std::size_t i = 0; i < with_pack.patterns.size(); ++i) {
        const Pattern& lazy = on_first_use.patterns[i];
        const Pattern& eager = with_pack.patterns[i];
        CAPTURE(eager.id);
        CHECK(lazy.regex == eager.regex);
        CHECK(lazy.re().ok());
        CHECK(lazy.compiled().source_group == eager.compiled().source_group);
        CHECK(lazy.compiled().cue_group == eager.compiled().cue_group);
        CHECK(lazy.compiled().content_groups == eager.compiled().content_groups);
    }
}
