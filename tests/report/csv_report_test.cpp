#include <doctest/doctest.h>

#include "report_fixture.hpp"

using namespace claimcheck;

TEST_CASE("report/csv: header and one CRLF row per finding, quoted where needed") {
    CHECK(test::render(ReportFormat::Csv, test::bridge_documents()) ==
          "file,line,column,end_line,end_column,rule,severity,message,source,sentence\r\n"
          "stories/bridge.md,3,1,3,8,vague-source,warning,Vague source 'Critics': say who they are or why they are "
          "qualified,Critics,Critics say the closure will cost \xE2\x82\xAC" "3 million.\r\n"
          "stories/bridge.md,3,35,3,45,single-source-claim,error,Claim rests on one source: Critics,Critics,"
          "Critics say the closure will cost \xE2\x82\xAC" "3 million.\r\n"
          "stories/bridge.md,3,47,3,61,agentless-attribution,warning,"
          "Agentless attribution 'It is believed': say who,,It is believed the bridge is unsafe.\r\n"
          "stories/bridge.md,5,22,5,37,relayed-statement,info,Statement relayed for Ana M\xC3\xBCller,"
          "Ana M\xC3\xBCller,\"\"\"We have no choice,\"\" said Ana M\xC3\xBCller.\"\r\n");
}

TEST_CASE("report/csv: no findings leaves the header") {
    CHECK(test::render(ReportFormat::Csv, test::clean_documents()) ==
          "file,line,column,end_line,end_column,rule,severity,message,source,sentence\r\n");
}
