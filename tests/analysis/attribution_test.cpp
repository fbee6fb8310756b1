// Attribution and source resolution on short drafts of our own: each case is a form of
// attribution (or a near miss) that news copy uses, with the exact cue, source and entity.
#include <doctest/doctest.h>

#include "engine_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

TEST_CASE("attribution: a place standing for its government links to one entity") {
    auto result = check_text("The offer drives a wedge between the South and the US.\n\n"
                             "However, the US has insisted that talks come first.\n");
    CHECK(describe_attributions(result) == "has insisted | the US | United States | indirect\n");
}

TEST_CASE("attribution: a participle with its agent is not a second statement") {
    auto result = check_text("It came after a statement from the North that described sanctions announced by "
                             "Washington as \"an act of war\".\n");
    CHECK(describe_attributions(result) ==
          "described | that | a statement from the North | mixed\n");
}

TEST_CASE("attribution: passives, infinitives and reply phrases are not statements") {
    auto result = check_text("Staff were told of the changes at a meeting on Tuesday, a union official said.\n\n"
                             "Councillor Raj Patel declined to comment.\n\n"
                             "The owners did not respond to a request for comment.\n");
    CHECK(describe_attributions(result) == "said | a union official | a union official | indirect\n");
    CHECK(result.analysis.replies.size() == 2);
}

TEST_CASE("attribution: an apposition names the source, and a role in the headline joins it") {
    auto result = check_text("# Libraries to close early, says council leader\n\n"
                             "Libraries will close early from April, the council's leader, Helen Mbeki, said.\n\n"
                             "Ms Mbeki said the savings were needed.\n");
    CHECK(describe_attributions(result) ==
          "says | council leader | Helen Mbeki | headline\n"
          "said | the council's leader, Helen Mbeki, | Helen Mbeki | indirect\n"
          "said | Ms Mbeki | Helen Mbeki | indirect\n");
}

TEST_CASE("attribution: a stated reason for anonymity after the verb clears anonymous-source") {
    auto result = check_text("The plant will close in June, said an official who was not authorised to speak publicly.\n");
    // The relative clause with no comma restricts the source and belongs to it (PolNeAR).
    CHECK(describe_attributions(result) ==
          "said | an official who was not authorised to speak publicly | an official who was not authorised to speak "
          "publicly | indirect\n");
    REQUIRE(result.analysis.entities.size() == 1);
    CHECK(result.analysis.entities[0].kind == SourceKind::Anonymous);
    CHECK(result.analysis.entities[0].anonymity_reason);
    CHECK(result.analysis.entities[0].boilerplate_reason);
    CHECK(describe_findings(result).find("anonymous-source") == std::string::npos);
}

TEST_CASE("attribution: split and continued quotes keep their speaker") {
    auto result = check_text("Maria Lind runs the ferry company.\n\n"
                             "\"We will keep sailing,\" Ms Lind said, \"whatever the weather.\" \"Nobody will be left behind.\"\n");
    CHECK(describe_attributions(result) ==
          "said | Ms Lind | Maria Lind | direct\n"
          "said | Ms Lind | Maria Lind | continuation\n");
    const auto& first = result.analysis.attributions[0];
    REQUIRE(first.content.size() == 2);
    CHECK(span_text(result, first.content[0]) == "\"We will keep sailing,\"");
    CHECK(span_text(result, first.content[1]) == "\"whatever the weather.\"");
}

TEST_CASE("attribution: a pronoun goes to the subject of the sentence before, not to a relay") {
    auto result = check_text("Gen Ana Costa met President Lee in the capital.\n\n"
                             "According to Mr Lee's office, she said the army was ready.\n\n"
                             "It added that the talks would resume.\n");
    CHECK(describe_attributions(result) ==
          "According to | Mr Lee's office | Mr Lee's office | according-to\n"
          "said | she | Ana Costa | indirect\n"
          "added | It | Mr Lee's office | indirect\n");
    CHECK(describe_findings(result) == "3 relayed-statement: According to Mr Lee's office, she said\n");
}

TEST_CASE("attribution: a quote whose sentence ended before its speaker") {
    auto result = check_text("\"Why now?\" Lena Park said.\n");
    CHECK(describe_attributions(result) == "said | Lena Park | Lena Park | direct\n");
    REQUIRE(result.analysis.attributions.size() == 1);
    CHECK(span_text(result, result.analysis.attributions[0].content.at(0)) == "\"Why now?\"");
}

TEST_CASE("attribution: an apposition chain before the verb belongs to the source") {
    auto result = check_text("Sen. Ana Ruiz, D-Ore., a former mayor, said the vote would fail.\n");
    CHECK(describe_attributions(result) == "said | Sen. Ana Ruiz, D-Ore., a former mayor, | Ana Ruiz | indirect\n");
}

TEST_CASE("attribution: a speaker label and a dash signature") {
    auto result = check_text("MAYOR: We will open the bridge in May.\n\n"
                             "\"Nobody asked us.\" — Tomas Berg\n");
    CHECK(describe_attributions(result) ==
          ": | MAYOR | MAYOR | indirect\n"
          "— | Tomas Berg | Tomas Berg | direct\n");
}

TEST_CASE("attribution: coordinated clauses each keep their speaker, nested speech does not") {
    auto result = check_text("The mayor said the bridge would open in May, while the council says it will be June.\n\n"
                             "Officials said Ms Berg told them the plan was dead.\n");
    CHECK(describe_attributions(result) ==
          "said | The mayor | The mayor | indirect\n"
          "says | the council | the council | indirect\n"
          "said | Officials | Officials | indirect\n");
    CHECK(span_text(result, result.analysis.attributions[0].content.at(0)) == "the bridge would open in May");
}

TEST_CASE("attribution: nouns and passives are not cues") {
    auto result = check_text("The report said state officials were told of the attacks.\n\n"
                             "His remarks were widely shared.\n");
    CHECK(describe_attributions(result) == "said | The report | The report | indirect\n");
}
