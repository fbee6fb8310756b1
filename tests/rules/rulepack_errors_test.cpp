// Every way a rule file can be wrong, with the exact message and file:line:column the user sees.
#include <doctest/doctest.h>

#include "pack_fixture.hpp"

using claimcheck::RuleFile;
using claimcheck::testing::load_error;

namespace {

const char* const pattern_p1 = R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>said)'
    examples: {match: [He said.]}
)";

}  // namespace

TEST_CASE("rules: unknown keys name the key, its owner and the allowed keys") {
    CHECK(load_error(R"(checks:
  - id: vague-source
    severty: warning
    message: "Vague source"
)") == "test.yml:3:5: unknown key 'severty' in check 'vague-source' (allowed: id, severity, summary, "
       "message, standard, explain, params, examples, enabled)");

    CHECK(load_error(R"(lexicon:
  heads: {entries: [official]}
)") == "test.yml:1:1: unknown section 'lexicon' (allowed: lexicons, fragments, patterns, claims, sources, "
       "structure, checks, attribution-examples)");

    CHECK(load_error(R"(lexicons:
  heads:
    entries: [official]
    inflekt: verb
)") == "test.yml:4:5: unknown key 'inflekt' in lexicon 'heads' (allowed: doc, tag, inflect, entries, include)");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>said)'
    examples:
      match: [He said.]
      nomatch: [He left.]
)") == "test.yml:7:7: unknown key 'nomatch' in the examples of pattern 'p1' (allowed: match, no-match)");

    CHECK(load_error(R"(claims:
  triggers:
    - {id: statistic, wieght: 2, regex: '\d'}
)") == "test.yml:3:23: unknown key 'wieght' in trigger 'statistic' (allowed: id, weight, regex)");

    CHECK(load_error(R"(claims:
  exempt:
    - {id: question, weight: 2, regex: '\?$'}
)") == "test.yml:3:22: unknown key 'weight' in exemption 'question' (allowed: id, regex)");

    CHECK(load_error(R"(structure:
  block-roles:
    - {role: caption, regx: '^Image'}
)") == "test.yml:3:23: unknown key 'regx' in block role 'caption' (allowed: role, regex)");
}

TEST_CASE("rules: a key written twice in one mapping is an error") {
    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    severity: error
)") == "test.yml:4:5: duplicate key 'severity' in check 'c1' (first written at test.yml:3:5)");
}

TEST_CASE("rules: values of the wrong type point at the value") {
    CHECK(load_error(R"(checks:
  - id: vague-source
    severity: warning
    message: [Vague, source]
)") == "test.yml:4:14: 'message' in check 'vague-source' must be a string, not a list");

    CHECK(load_error(R"(claims:
  threshold: two
)") == "test.yml:2:14: 'threshold' in section 'claims' must be a number, not 'two'");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    priority: high
    regex: '(?P<cue>said)'
)") == "test.yml:4:15: 'priority' in pattern 'p1' must be a whole number, not 'high'");

    CHECK(load_error(R"(lexicons:
  heads:
    entries: [official, {a: b}]
)") == "test.yml:3:25: item 2 of 'entries' in lexicon 'heads' must be a string, not a mapping");

    CHECK(load_error(R"(lexicons:
  - heads
)") == "test.yml:2:3: 'lexicons' must be a mapping, not a list");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    message: m
    enabled: maybe
)") == "test.yml:5:14: 'enabled' in check 'c1' must be true or false, not 'maybe'");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    message: m
    params: {window: [1, 2]}
)") == "test.yml:5:14: param 'window' in check 'c1' must be a string, number or true/false, not a list");

    CHECK(load_error("- just\n- a list\n") ==
          "test.yml:1:1: a rule file must be a mapping of sections (lexicons, fragments, patterns, claims, sources, "
          "structure, checks, attribution-examples), not a list");
}

TEST_CASE("rules: columns count code points, not bytes") {
    CHECK(load_error(R"(sources:
  aliases: {Zürich: Switzerland, Genève: [x]}
)") == "test.yml:2:42: 'Genève' in 'aliases' of section 'sources' must be a string, not a list");
}

TEST_CASE("rules: a byte-order mark and CRLF line ends do not shift positions") {
    CHECK(load_error("\xEF\xBB\xBF" "checks: [{id: c1, severity: warn}]\n") ==
          "test.yml:1:10: missing required key 'message' in check 'c1'");
    CHECK(load_error("lexicons:\r\n  heads: {entries: [official], tags: x}\r\n") ==
          "test.yml:2:32: unknown key 'tags' in lexicon 'heads' (allowed: doc, tag, inflect, entries, include)");
}

TEST_CASE("rules: missing required fields are reported at the mapping") {
    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    examples: {match: [He said.]}
)") == "test.yml:2:5: missing required key 'regex' in pattern 'p1'");

    CHECK(load_error(R"(patterns:
  - form: direct
    regex: '(?P<cue>said)'
)") == "test.yml:2:5: missing required key 'id' in a pattern");

    CHECK(load_error(R"(patterns:
  - id: p1
    regex: '(?P<cue>said)'
)") == "test.yml:2:5: missing required key 'form' in pattern 'p1'");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
)") == "test.yml:2:5: missing required key 'message' in check 'c1'");

    CHECK(load_error(R"(checks:
  - id: c1
    message: m
)") == "test.yml:2:5: missing required key 'severity' in check 'c1'");

    CHECK(load_error(R"(lexicons:
  heads:
    doc: Nothing listed.
)") == "test.yml:3:5: missing required key 'entries' (or 'include') in lexicon 'heads'");

    CHECK(load_error(R"(claims:
  triggers:
    - id: statistic
      weight: 1
)") == "test.yml:3:7: missing required key 'regex' in trigger 'statistic'");

    CHECK(load_error(R"(claims:
  triggers:
    - regex: '\d'
)") == "test.yml:3:7: missing required key 'id' in a trigger");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>said)'
    examples:
      match:
        - expect: {cue: said}
)") == "test.yml:7:11: missing required key 'text' in an example of pattern 'p1'");
}

TEST_CASE("rules: empty examples are errors") {
    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>said)'
)") == "test.yml:2:5: pattern 'p1': examples must not be empty: add 'examples' with at least one 'match' sentence");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>said)'
    examples:
      match: []
      no-match: [He left.]
)") == "test.yml:6:14: pattern 'p1': examples must not be empty: 'match' needs at least one sentence the "
       "pattern matches");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    message: m
)") == "test.yml:2:5: check 'c1': examples must not be empty: add 'examples' with 'fire' drafts that raise the "
       "check and 'pass' drafts that do not");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    message: m
    examples:
      fire: []
      pass: [Fine.]
)") == "test.yml:6:13: check 'c1': examples must not be empty: 'fire' needs at least one draft that raises "
       "the check");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: info
    message: m
    examples:
      fire: [Bad.]
)") == "test.yml:6:7: check 'c1': examples must not be empty: 'pass' needs at least one draft that does not "
       "raise the check");
}

TEST_CASE("rules: duplicate ids name both places") {
    // b.yml is listed first but merged second: files merge in name order.
    CHECK(load_error({RuleFile{"b.yml", pattern_p1}, RuleFile{"a.yml", pattern_p1}}) ==
          "b.yml:2:5: duplicate pattern id 'p1' (first defined at a.yml:2:5)");

    CHECK(load_error(R"(checks:
  - {id: c1, severity: info, message: m, examples: {fire: [a], pass: [b]}}
  - {id: c1, severity: info, message: n, examples: {fire: [a], pass: [b]}}
)") == "test.yml:3:5: duplicate check id 'c1' (first defined at test.yml:2:5)");

    CHECK(load_error(R"(claims:
  triggers:
    - {id: number, regex: '\d'}
  exempt:
    - {id: number, regex: '\?$'}
)") == "test.yml:5:7: duplicate trigger id 'number' (first defined at test.yml:3:7)");

    CHECK(load_error({RuleFile{"a.yml", "lexicons:\n  heads: {entries: [official]}\n"},
                      RuleFile{"b.yml", "lexicons:\n  heads: {entries: [source]}\n"}}) ==
          "b.yml:2:3: duplicate lexicon 'heads' (first defined at a.yml:2:3)");

    CHECK(load_error(R"(lexicons:
  heads: {entries: [official]}
fragments:
  heads: 'x'
)") == "test.yml:4:3: fragment 'heads' has the name of a lexicon (first defined at test.yml:2:3): {{heads}} "
       "must name one thing");

    CHECK(load_error({RuleFile{"a.yml", "claims:\n  threshold: 2\n"}, RuleFile{"b.yml", "claims:\n  threshold: 3\n"}}) ==
          "b.yml:2:3: the claims threshold is set twice (first defined at a.yml:2:3)");
}

TEST_CASE("rules: malformed YAML is reported at the parser's mark") {
    CHECK(load_error("lexicons: [a, b\nchecks: c\n") == "test.yml:2:7: invalid YAML: end of sequence flow not found");
    CHECK(load_error("checks: \"unterminated") == "test.yml:1:22: invalid YAML: illegal EOF in scalar");
    CHECK(load_error("checks:\n  - id: c1\n   severity: info\n") == "test.yml:3:4: invalid YAML: end of sequence not found");
    CHECK(load_error("lexicons:\n  doc: Heads (NPR: how they know).\n") == "test.yml:2:18: invalid YAML: illegal map value");
}

TEST_CASE("rules: a rule file holds one YAML document") {
    CHECK(load_error("checks: []\n---\nlexicons: {}\n") ==
          "test.yml:3:1: a rule file holds one YAML document: remove the '---' line or split the file");
    CHECK(load_error("checks: []\n---\n") == "no error");  // a trailing marker starts no document
}

// Found by the rule_pack fuzz target: on these, yaml-cpp 0.7's LoadAll starts empty documents at
// the same place forever and allocates until memory runs out.
TEST_CASE("rules: YAML on which the parser stops moving is an error, not a hang") {
    const std::string stuck = ": invalid YAML: nothing can be read from here on (a ',' or ':' out of place?): fix this line";
    CHECK(load_error("\"\",:,") == "test.yml:1:3" + stuck);  // the fuzzer's input
    CHECK(load_error(",:,") == "test.yml:1:1" + stuck);
    CHECK(load_error("# comment\n  \"\",:,\n") == "test.yml:2:5" + stuck);
}

TEST_CASE("rules: names and ids have one shape") {
    CHECK(load_error("lexicons:\n  Speech_Verbs: {entries: [say]}\n") ==
          "test.yml:2:3: lexicon name 'Speech_Verbs' must use only lower-case letters, digits and '-'");
    CHECK(load_error(R"(patterns:
  - id: NP said
    form: direct
    regex: '(?P<cue>said)'
    examples: {match: [He said.]}
)") == "test.yml:2:9: pattern id 'NP said' must use only lower-case letters, digits and '-'");
}

TEST_CASE("rules: closed vocabularies reject unknown values") {
    CHECK(load_error(R"(patterns:
  - id: p1
    form: direkt
    regex: '(?P<cue>said)'
    examples: {match: [He said.]}
)") == "test.yml:3:11: unknown form 'direkt' in pattern 'p1' (allowed: direct, indirect, mixed, according-to, "
       "headline, continuation, agentless)");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    scope: paragraph
    regex: '(?P<cue>said)'
    examples: {match: [He said.]}
)") == "test.yml:4:12: unknown scope 'paragraph' in pattern 'p1' (allowed: sentence, headline)");

    CHECK(load_error(R"(checks:
  - id: c1
    severity: warn
    message: m
    examples: {fire: [a], pass: [b]}
)") == "test.yml:3:15: unknown severity 'warn' in check 'c1' (allowed: error, warning, info)");

    CHECK(load_error(R"(lexicons:
  heads:
    inflect: noun
    entries: [official]
)") == "test.yml:3:14: unknown inflection 'noun' in lexicon 'heads' (allowed: verb)");

    CHECK(load_error(R"(sources:
  kinds:
    vauge: [heads]
)") == "test.yml:3:5: unknown source kind 'vauge' in section 'sources' (allowed: person, organization, document, "
       "anonymous, vague)");

    CHECK(load_error(R"(structure:
  block-roles:
    - {role: footer, regex: '^Copyright'}
)") == "test.yml:3:14: unknown block role 'footer' (allowed: caption, credit, byline, dateline, boilerplate)");
}

TEST_CASE("rules: lexicon entries and includes are validated") {
    CHECK(load_error(R"(lexicons:
  verbs:
    entries: [say|said]
)") == "test.yml:3:15: item 1 of 'entries' in lexicon 'verbs' uses '|', which separates irregular verb forms: add "
       "'inflect: verb' to the lexicon or remove the '|'");

    CHECK(load_error(R"(lexicons:
  verbs:
    inflect: verb
    entries: [say, go|went|gone|going]
)") == "test.yml:4:20: lexicon 'verbs': entry 'go|went|gone|going' has 4 forms; write irregular verbs as "
       "base|past|participle (e.g. write|wrote|written)");

    CHECK(load_error(R"(lexicons:
  verbs:
    inflect: verb
    entries: ['say||said']
)") == "test.yml:4:15: lexicon 'verbs': entry 'say||said' has an empty form; write irregular verbs as "
       "base|past|participle (e.g. write|wrote|written)");

    CHECK(load_error(R"(lexicons:
  verbs:
    include: [speech, media]
  speech: {entries: [say]}
)") == "test.yml:3:23: lexicon 'verbs' includes 'media', which is not defined");

    CHECK(load_error(R"(lexicons:
  a: {include: [b]}
  b: {include: [a]}
)") == "test.yml:2:3: lexicons include each other in a cycle: a -> b -> a");

    CHECK(load_error(R"(lexicons:
  empty: {entries: []}
)") == "test.yml:2:3: lexicon 'empty' is empty: give it entries or include a lexicon that has some");

    CHECK(load_error(R"(lexicons:
  heads: {entries: [official]}
sources:
  kinds:
    vague: [heads, vague-heads]
)") == "test.yml:5:20: source kind 'vague' names lexicon 'vague-heads', which is not defined");
}

TEST_CASE("rules: {{names}} must be defined and fragments must not form a cycle") {
    CHECK(load_error(R"(patterns:
  - id: p1
    form: direct
    regex: '(?P<cue>{{speach}})'
    examples: {match: [He said.]}
)") == "test.yml:4:12: pattern 'p1': undefined name {{speach}}: no lexicon or fragment is called 'speach'");

    CHECK(load_error(R"(fragments:
  person: '{{title}} \p{Lu}\p{L}+'
)") == "test.yml:2:11: fragment 'person': undefined name {{title}}: no lexicon or fragment is called 'title'");

    CHECK(load_error(R"(claims:
  triggers:
    - {id: money, regex: '{{currency}}\d'}
)") == "test.yml:3:26: trigger 'money': undefined name {{currency}}: no lexicon or fragment is called 'currency'");

    CHECK(load_error(R"(fragments:
  a: 'x{{b}}'
  b: 'y{{c}}'
  c: '(?:{{a}})?'
)") == "test.yml:2:6: fragments refer to each other in a cycle: a -> b -> c -> a");

    CHECK(load_error("fragments:\n  self: 'a{{self}}'\n") ==
          "test.yml:2:9: fragments refer to each other in a cycle: self -> self");

    // Ten levels of doubling would make a regex of a million copies: stopped, not built.
    std::string bomb = "fragments:\n  f0: 'ab'\n";
    for (int i = 1; i <= 25; ++i)
        bomb += "  f" + std::to_string(i) + ": '{{f" + std::to_string(i - 1) + "}}{{f" + std::to_string(i - 1) + "}}'\n";
    CHECK(load_error(bomb) == "test.yml:19:8: fragment 'f17': the regex grows beyond 1048576 bytes when its "
                              "{{names}} are expanded; use fewer or smaller lexicons");
}

TEST_CASE("rules: regexes must compile and name their groups") {
    CHECK(load_error(R"(patterns:
  - id: np-said-that
    form: indirect
    regex: '(?P<source>\w+) (?P<cue>said'
    examples: {match: [He said.]}
)") == "test.yml:4:12: pattern 'np-said-that': invalid regex: missing ): (?P<source>\\w+) (?P<cue>said");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: indirect
    regex: '(?P<source>\w+) said'
    examples: {match: [He said.]}
)") == "test.yml:4:12: pattern 'p1': the regex has no (?P<cue>…) group; every pattern marks its cue");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: indirect
    regex: '(?P<speaker>\w+) (?P<cue>said)'
    examples: {match: [He said.]}
)") == "test.yml:4:12: pattern 'p1': unknown group name 'speaker' (allowed: source, cue, content, content2, "
       "content3, …)");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: indirect
    regex: '(?P<content>\w+) (?P<cue>said) (?P<content>\w+)'
    examples: {match: [He said.]}
)") == "test.yml:4:12: pattern 'p1': group 'content' is defined more than once; name further content pieces "
       "content2, content3, …");

    CHECK(load_error(R"(patterns:
  - id: p1
    form: indirect
    regex: '(?P<source>\w+) (?P<cue>said)'
    examples:
      match:
        - text: He said.
          expect: {source: He, speaker: He}
)") == "test.yml:8:32: pattern 'p1': an example expects group 'speaker', which the regex does not have "
       "(groups: source, cue)");

    CHECK(load_error(R"(claims:
  exempt:
    - {id: question, regex: '\?[$'}
)") == "test.yml:3:29: exemption 'question': invalid regex: missing ]: [$");

    CHECK(load_error(R"(structure:
  block-roles:
    - {role: credit, regex: '^(Image'}
)") == "test.yml:3:29: block role 'credit': invalid regex: missing ): ^(Image");
}

TEST_CASE("rules: a regex beyond the memory budget is an error, not a hang") {
    // A thousand copies of a Unicode class: about 1.2 million RE2 instructions, past 8 MB. (A trigger
    // rather than a pattern, so that the test does not also wait for the pattern set.)
    CHECK(load_error(R"(claims:
  triggers:
    - {id: letters, regex: '\pL{1000}'}
)") == "test.yml:3:28: trigger 'letters': the regex needs more than the 8 MB of memory a regex may have, once its "
          "{{names}} are expanded: use smaller lexicons or fewer repetitions in it, or split it into several");
}

TEST_CASE("rules: a broken fragment is blamed, not every pattern that uses it") {
    CHECK(load_error(R"(fragments:
  name: '\p{Lu}[\p{L}+'
  person: 'Dr {{name}}'
patterns:
  - id: p1
    form: indirect
    regex: '(?P<source>{{person}}) (?P<cue>said)'
    examples: {match: [Dr Achebe said.]}
)") == "test.yml:2:9: fragment 'name': invalid regex: missing ]: [\\p{L}+");

    // A fragment no pattern uses is still compiled.
    CHECK(load_error("fragments:\n  unused: 'a**'\n") == "test.yml:2:11: fragment 'unused': invalid regex: bad repetition operator: **");
}

TEST_CASE("rules: attribution examples are checked like the other sections, named by their text") {
    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said the bridge would close on Friday.'
    expect:
      - {cue: said, sorce: The council}
)") == "test.yml:4:21: unknown key 'sorce' in item 1 of 'expect' in attribution example 'The council said the "
       "bridge would …' (allowed: cue, source, content, form)");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expected: []
)") == "test.yml:3:5: unknown key 'expected' in attribution example 'The council said.' (allowed: text, expect)");

    CHECK(load_error(R"(attribution-examples:
  - {expect: []}
)") == "test.yml:2:5: missing required key 'text' in an attribution example");

    CHECK(load_error(R"(attribution-examples:
  - text: '  '
    expect: []
)") == "test.yml:2:11: 'text' in an attribution example is empty: write a sentence to run through the engine");

    // "No attribution" is written out as [], never left to an empty value.
    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect:
)") == "test.yml:3:5: 'expect' in attribution example 'The council said.' must be a list, not empty");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect: [{source: The council}]
)") == "test.yml:3:14: missing required key 'cue' in item 1 of 'expect' in attribution example 'The council said.'");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect: [{cue: ''}]
)") == "test.yml:3:20: 'cue' in item 1 of 'expect' in attribution example 'The council said.' is empty: write the "
       "cue's text");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect: [{cue: said, form: quoted}]
)") == "test.yml:3:32: unknown form 'quoted' in item 1 of 'expect' in attribution example 'The council said.' "
       "(allowed: direct, indirect, mixed, according-to, headline, continuation, agentless)");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect: [{cue: said, content: {a: b}}]
)") == "test.yml:3:35: 'content' in item 1 of 'expect' in attribution example 'The council said.' must be a string "
       "or a list of strings ([] for none), not a mapping");

    CHECK(load_error(R"(attribution-examples:
  - text: 'The council said.'
    expect: [{cue: said, source: [The council]}]
)") == "test.yml:3:34: 'source' in item 1 of 'expect' in attribution example 'The council said.' must be a string, "
       "not a list");
}

TEST_CASE("rules: a word tagged twice with different tags is an error at the second lexicon") {
    CHECK(load_error(R"(lexicons:
  speech-alpha: {tag: neutral, entries: [say, reveal]}
  speech-beta: {tag: truth, entries: [reveal]}
)") == "test.yml:3:3: lexicon 'speech-beta' (tag truth) lists 'reveal', which lexicon 'speech-alpha' already tags "
       "neutral: a word has one class; remove it from one of them");
    // The same tag twice is no conflict.
    CHECK(load_error(R"(lexicons:
  speech-alpha: {tag: truth, entries: [reveal]}
  speech-beta: {tag: truth, entries: [reveal]}
)") == "no error");
}
