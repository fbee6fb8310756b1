#include <doctest/doctest.h>

#include "report_fixture.hpp"

using namespace claimcheck;

TEST_CASE("report/github: one workflow command per finding, info as notice, columns in code points") {
    CHECK(test::render(ReportFormat::Github, test::bridge_documents()) ==
          "::warning file=stories/bridge.md,line=3,col=1,endLine=3,endColumn=8,title=vague-source::"
          "Vague source 'Critics': say who they are or why they are qualified\n"
          "::error file=stories/bridge.md,line=3,col=35,endLine=3,endColumn=45,title=single-source-claim::"
          "Claim rests on one source: Critics\n"
          "::warning file=stories/bridge.md,line=3,col=47,endLine=3,endColumn=61,title=agentless-attribution::"
          "Agentless attribution 'It is believed': say who\n"
          "::notice file=stories/bridge.md,line=5,col=22,endLine=5,endColumn=37,title=relayed-statement::"
          "Statement relayed for Ana M\xC3\xBCller\n");
}

TEST_CASE("report/github: a path or message cannot break out of its command") {
    const auto documents = test::bridge_with_one_finding("toll, harbour: 100%.md", "50% said\n::error::no");
    CHECK(test::render(ReportFormat::Github, documents) ==
          "::warning file=toll%2C harbour%3A 100%25.md,line=3,col=1,endLine=3,endColumn=8,title=vague-source::"
          "50%25 said%0A::error::no\n");
}

TEST_CASE("report/github: no findings, no commands") {
    CHECK(test::render(ReportFormat::Github, test::clean_documents()).empty());
}
