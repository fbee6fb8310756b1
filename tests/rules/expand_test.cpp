// {{name}} expansion: lexicons into alternations, fragments into groups, and what the result
// matches.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <re2/re2.h>

#include "pack_fixture.hpp"
#include "rules/expand.hpp"

using claimcheck::RulePack;
using claimcheck::rules::lexicon_regex;
using claimcheck::testing::load_yaml;

namespace {

// A pack with one pattern; the caller inspects pattern 0.
RulePack speech_pack() {
    return load_yaml(R"(lexicons:
  speech:
    inflect: verb
    entries: [say|said, tell|told, admit, point out]
  countries:
    entries: [US, UK, North Korea]
  titles:
    entries: [Mr, Ms, Dr]
fragments:
  name: '[A-Z][a-z]+'
  person: '(?:{{titles}}\s+)?{{name}}'
patterns:
  - id: source-cue
    form: indirect
    regex: '^(?P<source>{{countries}}|{{person}})\s+(?P<cue>{{speech}})\s+(?P<content>.+)$'
    examples:
      match: ['Dr Achebe said the bridge would close.']
)");
}

struct Capture {
    std::string source, cue, content;
    bool operator==(const Capture&) const = default;
};

// The groups the pack's first pattern captures in `text`, or all empty when it does not match.
Capture capture(const RulePack& pack, const std::string& text) {
    Capture out;
    if (!RE2::FullMatch(text, pack.patterns[0].re(), &out.source, &out.cue, &out.content)) return Capture{};
    return out;
}

}  // namespace

TEST_CASE("rules: a lexicon becomes an escaped alternation, longest entry first") {
    CHECK(lexicon_regex({"say", "said", "US", "point out"}) == "(?:(?i:point\\s+out)|(?i:said)|(?i:say)|US)");
    CHECK(lexicon_regex({"U.S.", "people familiar with the matter", "a+b"}) ==
          "(?:(?i:people\\s+familiar\\s+with\\s+the\\s+matter)|U\\.S\\.|(?i:a\\+b))");
    // Capitals decide case beyond ASCII; duplicates collapse.
    CHECK(lexicon_regex({"élu", "Élysée", "élu"}) == "(?:Élysée|(?i:élu))");
}

TEST_CASE("rules: fragments and patterns hold their expanded regex") {
    const RulePack pack = speech_pack();
    CHECK(pack.fragments.at("name") == "[A-Z][a-z]+");
    CHECK(pack.fragments.at("person") == "(?:(?:Dr|Mr|Ms)\\s+)?(?:[A-Z][a-z]+)");
    CHECK(pack.patterns[0].regex ==
          "^(?P<source>(?:North\\s+Korea|UK|US)|(?:(?:(?:Dr|Mr|Ms)\\s+)?(?:[A-Z][a-z]+)))\\s+(?P<cue>(?:"
          "(?i:pointing\\s+out)|(?i:pointed\\s+out)|(?i:points\\s+out)|(?i:admitting)|(?i:point\\s+out)|"
          "(?i:admitted)|(?i:telling)|(?i:admits)|(?i:saying)|(?i:admit)|(?i:tells)|(?i:said)|(?i:says)|"
          "(?i:tell)|(?i:told)|(?i:say)))\\s+(?P<content>.+)$");
    CHECK(pack.lexicon("speech")->entries ==
          std::vector<std::string>{"say", "says", "said", "saying", "tell", "tells", "told", "telling", "admit",
                                   "admits", "admitted", "admitting", "point out", "points out", "pointed out",
                                   "pointing out"});
}

TEST_CASE("rules: an expanded pattern matches every form and spacing of its lexicons") {
    const RulePack pack = speech_pack();
    CHECK(capture(pack, "Dr Achebe said the bridge would close.") ==
          Capture{"Dr Achebe", "said", "the bridge would close."});
    CHECK(capture(pack, "North  Korea has said nothing.") == Capture{});  // "has" is no cue here
    CHECK(capture(pack, "North\nKorea pointed   out that talks had stalled.") ==
          Capture{"North\nKorea", "pointed   out", "that talks had stalled."});
    CHECK(capture(pack, "The US admitted the error.") == Capture{});  // anchored: "The" is no source
    CHECK(capture(pack, "Mr Kim tells reporters little.") == Capture{"Mr Kim", "tells", "reporters little."});
    CHECK(capture(pack, "Pyongyang admitting defeat.") == Capture{"Pyongyang", "admitting", "defeat."});
    CHECK(capture(pack, "Ms Lee wrote to the council.") == Capture{});
}

TEST_CASE("rules: lower-case entries ignore case, entries with capitals do not") {
    const RulePack pack = speech_pack();
    CHECK(capture(pack, "US SAID it would wait.") == Capture{"US", "SAID", "it would wait."});
    CHECK(capture(pack, "UK Told staff nothing.") == Capture{"UK", "Told", "staff nothing."});
    CHECK(capture(pack, "us said it would wait.") == Capture{});
    CHECK(capture(pack, "north korea said it would wait.") == Capture{});
    // "Us" still matches as a {{name}}, which is why the exact case of "US" matters.
    CHECK(capture(pack, "Us said it would wait.") == Capture{"Us", "said", "it would wait."});
}
