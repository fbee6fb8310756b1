// check_regex_lookups() lists the regexes each check reads, so that the engine can compile them
// before the first draft needs them: a check that reads one the list leaves out only waits for
// it, but the list is held to what the checks ask for here.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "checks/check.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

// Every sample and every example of the pack's checks, checked.
std::vector<CheckedDocument> checked_texts(const RulePack& pack) {
    std::vector<CheckedDocument> out;
    for (const char* sample : {"clean-brief.txt", "council-budget.md", "grain-talks.txt", "harbour-trust.md", "stadium-deal.md"})
        out.push_back(check_sample(sample));
    for (const Check& check : pack.checks) {
        for (const std::string& text : check.examples.fire) out.push_back(check_text(text));
        for (const std::string& text : check.examples.pass) out.push_back(check_text(text));
    }
    return out;
}

std::set<std::string> declared(const Check& check, RegexLookup::Kind kind) {
    std::set<std::string> names;
    const auto found = check_regex_lookups().find(check.id);
    if (found == check_regex_lookups().end()) return names;
    for (const RegexLookup& lookup : found->second) {
        if (lookup.kind != kind) continue;
        const auto param = check.params.find(lookup.param);
        names.insert(param == check.params.end() ? lookup.fallback : param->second);
    }
    return names;
}

std::set<std::string> as_set(const std::vector<std::string>& names) { return {names.begin(), names.end()}; }

}  // namespace

TEST_CASE("checks: each check reads only the regexes check_regex_lookups() lists for it") {
    const RulePack& pack = builtin_engine().pack();
    const std::vector<CheckedDocument> texts = checked_texts(pack);
    std::size_t read = 0;
    for (const Check& check : pack.checks) {
        CAPTURE(check.id);
        CheckLookups lookups(pack);
        for (const CheckedDocument& checked : texts) {
            std::vector<Finding> findings;
            FindingSink sink(check, findings, &lookups);
            check_registry().at(check.id)(CheckContext{checked.doc, checked.seg, checked.analysis}, sink);
        }
        const std::set<std::string> fragments = as_set(lookups.compiled_fragments());
        const std::set<std::string> lexicons = as_set(lookups.compiled_lexicons());
        const std::set<std::string> declared_fragments = declared(check, RegexLookup::Kind::Fragment);
        const std::set<std::string> declared_lexicons = declared(check, RegexLookup::Kind::Lexicon);
        CHECK(std::includes(declared_fragments.begin(), declared_fragments.end(), fragments.begin(), fragments.end()));
        CHECK(std::includes(declared_lexicons.begin(), declared_lexicons.end(), lexicons.begin(), lexicons.end()));
        read += fragments.size() + lexicons.size();
    }
    CHECK(read >= 10);  // the texts reach the checks' regexes at all
}

TEST_CASE("checks: prepare() compiles the regexes of the enabled checks") {
    const RulePack& pack = builtin_engine().pack();
    CheckLookups lookups(pack);
    lookups.prepare();
    CHECK(lookups.compiled_fragments() ==
          std::vector<std::string>{"corroboration", "defined-group", "public-testimony", "right-of-reply", "speaker-name"});
    CHECK(lookups.compiled_lexicons() == std::vector<std::string>{"opinion-markers", "outlet-words", "pejoratives",
                                                                  "self-reference-words", "speculation-markers",
                                                                  "wrongdoing-words"});
}
