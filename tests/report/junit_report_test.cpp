#include <doctest/doctest.h>

#include "report_fixture.hpp"

using namespace claimcheck;

TEST_CASE("report/junit: a test case per document; one with findings fails and lists them, escaped") {
    CHECK(test::render(ReportFormat::Junit, test::bridge_and_clean_documents("clean <draft>.txt")) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"claimcheck\" tests=\"2\" failures=\"1\" errors=\"0\">\n"
          "  <testsuite name=\"claimcheck\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
          "    <testcase name=\"stories/bridge.md\" classname=\"claimcheck\">\n"
          "      <failure type=\"claimcheck\" message=\"4 findings (1 error, 2 warnings, 1 info)\">"
          "3:1: warning: Vague source &#39;Critics&#39;: say who they are or why they are qualified [vague-source]\n"
          "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
          "3:35: error: Claim rests on one source: Critics [single-source-claim]\n"
          "    Critics say the closure will cost \xE2\x82\xAC" "3 million.\n"
          "3:47: warning: Agentless attribution &#39;It is believed&#39;: say who [agentless-attribution]\n"
          "    It is believed the bridge is unsafe.\n"
          "5:22: info: Statement relayed for Ana M\xC3\xBCller [relayed-statement]\n"
          "    &quot;We have no choice,&quot; said Ana M\xC3\xBCller.\n"
          "</failure>\n"
          "    </testcase>\n"
          "    <testcase name=\"clean &lt;draft&gt;.txt\" classname=\"claimcheck\"/>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("report/junit: no documents is an empty, valid suite") {
    CHECK(test::render(ReportFormat::Junit, {}) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"claimcheck\" tests=\"0\" failures=\"0\" errors=\"0\">\n"
          "  <testsuite name=\"claimcheck\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}
