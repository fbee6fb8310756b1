// The bundled samples: together they raise every default check, and the clean brief raises none.
#include <doctest/doctest.h>

#include <set>

#include "checks/check.hpp"
#include "engine_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("samples: every default check fires somewhere in samples/") {
    std::set<std::string> fired;
    for (const char* name : {"grain-talks.txt", "council-budget.md", "stadium-deal.md", "harbour-trust.md", "clean-brief.txt"})
        for (const auto& finding : check_sample(name).findings) fired.insert(finding.rule);
    std::set<std::string> all;
    for (const auto& [id, function] : check_registry()) all.insert(id);
    CHECK(fired == all);
}

TEST_CASE("samples: the well-sourced brief raises no finding") {
    CHECK(describe_findings(check_sample("clean-brief.txt")) == "");
}

TEST_CASE("samples: every attribution form appears") {
    std::set<std::string> forms;
    for (const char* name : {"grain-talks.txt", "council-budget.md", "stadium-deal.md", "clean-brief.txt"})
        for (const auto& attribution : check_sample(name).analysis.attributions)
            forms.insert(attribution_form_name(attribution.form));
    CHECK(forms == std::set<std::string>{"direct", "indirect", "mixed", "according-to", "headline", "continuation",
                                         "agentless"});
}

TEST_CASE("samples: nothing in front matter, code, comments or link targets is analysed") {
    CheckedDocument result = check_sample("council-budget.md");
    CHECK(result.doc.text.find("experts say the gap") == std::string::npos);  // an HTML comment
    CHECK(result.doc.text.find("https://") == std::string::npos);
    CHECK(result.doc.text.find("Priya Nandakumar") == std::string::npos);     // front matter
}
