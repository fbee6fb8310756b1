#include <doctest/doctest.h>

#include <algorithm>

#include "report_fixture.hpp"

using namespace claimcheck;

namespace {

std::string render_html(const std::vector<CheckedDocument>& documents) {
    return test::render(ReportFormat::Html, documents, test::vague_source_pack());
}

bool has_line(const std::string& text, const std::string& line) {
    return text.find("\n" + line + "\n") != std::string::npos;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

// A draft whose text and finding try every way out of the page's text.
std::vector<CheckedDocument> hostile_documents() {
    const std::string text =
        "Critics say </script><script>alert(1)</script><!-- x --> <img src=x onerror=alert(2)> costs \"a lot\".";
    std::vector<CheckedDocument> documents;
    documents.push_back(test::plain_document("a\" onmouseover=\"alert(3).txt", text));
    CheckedDocument& checked = documents[0];
    checked.seg.sentences = {test::sentence({0, text.size()}, 0, BlockKind::Paragraph, 0)};
    checked.analysis.entities = {test::entity("Critics <b>", SourceKind::Vague, "", {test::mention({0, 7}, 0, 0)}, 1)};
    checked.findings = {test::finding("vague-source", Severity::Warning, "Vague source '<script>x</script>'", {0, 7}, 0,
                                      "Critics")};
    return documents;
}

}  // namespace

TEST_CASE("report/html: one self-contained page that allows no script and loads nothing") {
    const std::string html = render_html(test::bridge_documents());
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(has_line(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">"));
    CHECK(count(html, "<script") == 1);
    // The data block holds what --format json writes.
    const std::string data_start = "<script type=\"application/json\" id=\"claimcheck-report\">\n";
    const std::size_t data = html.find(data_start);
    REQUIRE(data != std::string::npos);
    CHECK(html.substr(data + data_start.size(), html.find("</script>") - data - data_start.size()) ==
          test::render(ReportFormat::Json, test::bridge_documents(), test::vague_source_pack()));
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("href=\"http") == std::string::npos);
    CHECK(html.size() > 1000);
    CHECK(html.substr(html.size() - 16) == "</body>\n</html>\n");
}

TEST_CASE("report/html: summary and rule table, exact lines") {
    const std::string html = render_html(test::bridge_documents());
    CHECK(has_line(html, "<p class=\"summary\" data-documents=\"1\" data-error=\"1\" data-warning=\"2\" data-info=\"1\" "
                         "data-findings=\"4\">4 findings (1 error, 2 warnings, 1 info) in 1 document.</p>"));
    CHECK(has_line(html, "<tr class=\"rule-row\" data-rule=\"vague-source\" data-count=\"1\"><td><span class=\"swatch "
                         "hl-weak\"></span><code>vague-source</code></td><td>A vague source such as &quot;experts&quot;."
                         "</td><td>0</td><td>1</td><td>0</td><td>1</td></tr>"));
    CHECK(has_line(html, "<tr class=\"rule-row\" data-rule=\"single-source-claim\" data-count=\"1\"><td><span "
                         "class=\"swatch hl-single\"></span><code>single-source-claim</code></td><td></td><td>1</td>"
                         "<td>0</td><td>0</td><td>1</td></tr>"));
    CHECK(html.find("class=\"index\"") == std::string::npos);  // one story needs no index
}

TEST_CASE("report/html: sentences highlighted by their most serious finding, spans marked, tooltips explained") {
    const std::string html = render_html(test::bridge_documents());
    CHECK(has_line(html,
        "<p class=\"block k-headline\"><span class=\"s hl-fine\" id=\"d1-s0\" tabindex=\"0\" "
        "aria-describedby=\"d1-s0-tip\">Bridge to close, mayor says<span class=\"tip\" role=\"tooltip\" "
        "id=\"d1-s0-tip\"><span class=\"tip-item\"><span class=\"tip-head\">Attributed (headline)</span><span "
        "class=\"tip-src\">Source: \xE2\x80\x98mayor\xE2\x80\x99 \xE2\x86\x92 mayor (person)</span></span></span></span></p>"));
    // Vague source and single-source claim in one sentence: the single source wins.
    CHECK(has_line(html,
        "<p class=\"block k-paragraph\"><span class=\"s hl-single\" id=\"d1-s1\" tabindex=\"0\" "
        "aria-describedby=\"d1-s1-tip\"><span class=\"mark\">Critics</span> say the closure will cost <span "
        "class=\"mark\">\xE2\x82\xAC" "3 million</span>.<span class=\"tip\" role=\"tooltip\" id=\"d1-s1-tip\"><span "
        "class=\"tip-item\"><span class=\"tip-head\"><b class=\"sev sev-warning\">warning</b> <code>vague-source</code> "
        "line 3:1</span><span class=\"tip-msg\">Vague source &#39;Critics&#39;: say who they are or why they are "
        "qualified</span><span class=\"tip-src\">Source: \xE2\x80\x98" "Critics\xE2\x80\x99 \xE2\x86\x92 Critics "
        "(vague)</span><span class=\"tip-why\">Say who they are.\n\nOr why they &lt;b&gt;know&lt;/b&gt;.</span><span "
        "class=\"tip-std\">ATTR-03: Wikipedia MOS:WEASEL</span></span><span class=\"tip-item\"><span class=\"tip-head\">"
        "<b class=\"sev sev-error\">error</b> <code>single-source-claim</code> line 3:35</span><span class=\"tip-msg\">"
        "Claim rests on one source: Critics</span><span class=\"tip-src\">Source: \xE2\x80\x98" "Critics\xE2\x80\x99 "
        "\xE2\x86\x92 Critics (vague)</span></span></span></span> <span class=\"s hl-weak\" id=\"d1-s2\" tabindex=\"0\" "
        "aria-describedby=\"d1-s2-tip\"><span class=\"mark\">It is believed</span> the bridge is unsafe.<span "
        "class=\"tip\" role=\"tooltip\" id=\"d1-s2-tip\"><span class=\"tip-item\"><span class=\"tip-head\"><b "
        "class=\"sev sev-warning\">warning</b> <code>agentless-attribution</code> line 3:47</span><span "
        "class=\"tip-msg\">Agentless attribution &#39;It is believed&#39;: say who</span></span></span></span></p>"));
}

TEST_CASE("report/html: findings list links each finding to its sentence") {
    const std::string html = render_html(test::bridge_documents());
    CHECK(has_line(html, "<li id=\"d1-f1\" data-rule=\"single-source-claim\"><a href=\"#d1-s1\">3:35</a> <b "
                         "class=\"sev sev-error\">error</b> Claim rests on one source: Critics "
                         "<code>single-source-claim</code></li>"));
    CHECK(has_line(html, "<li id=\"d1-f3\" data-rule=\"relayed-statement\"><a href=\"#d1-s3\">5:22</a> <b "
                         "class=\"sev sev-info\">info</b> Statement relayed for Ana M\xC3\xBCller "
                         "<code>relayed-statement</code></li>"));
}

TEST_CASE("report/html: the source panel charts attributions per source") {
    const std::string html = render_html(test::bridge_documents());
    CHECK(html.find("<svg class=\"chart\" role=\"img\" width=\"370\" height=\"66\" viewBox=\"0 0 370 66\" "
                    "xmlns=\"http://www.w3.org/2000/svg\"><title>Attributions per source</title>\n") != std::string::npos);
    CHECK(has_line(html, "<g><title>Ana M\xC3\xBCller (person): 2 attributions</title><text class=\"label\" x=\"164\" "
                         "y=\"15\">Ana M\xC3\xBCller</text><rect class=\"bar src-person\" x=\"170\" y=\"4\" "
                         "width=\"170\" height=\"14\" data-count=\"2\"/><text class=\"count\" x=\"344\" "
                         "y=\"15\">2</text></g>"));
    CHECK(has_line(html, "<g><title>Critics (vague): 1 attribution</title><text class=\"label\" x=\"164\" "
                         "y=\"37\">Critics</text><rect class=\"bar src-vague\" x=\"170\" y=\"26\" width=\"85\" "
                         "height=\"14\" data-count=\"1\"/><text class=\"count\" x=\"259\" y=\"37\">1</text></g>"));
    CHECK(has_line(html, "<tr class=\"source-row\"><td>Critics</td><td><span class=\"swatch src-vague\"></span>vague"
                         "</td><td>1</td><td>1</td><td>2</td><td>1</td></tr>"));
}

TEST_CASE("report/html: draft text stays text in elements, attributes and the JSON data block") {
    const std::string html = render_html(hostile_documents());
    CHECK(count(html, "<script") == 1);
    CHECK(count(html, "</script>") == 1);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<!--") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    const std::string page = html.substr(0, html.find("<script type=\"application/json\""));
    CHECK(page.find("\" onmouseover") == std::string::npos);  // in the data block it is a JSON string
    CHECK(html.find("data-path=\"a&quot; onmouseover=&quot;alert(3).txt\"") != std::string::npos);
    CHECK(html.find("<span class=\"mark\">Critics</span> say &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                    "&lt;!-- x --&gt; &lt;img src=x onerror=alert(2)&gt; costs &quot;a lot&quot;.") != std::string::npos);
    CHECK(html.find("Source: \xE2\x80\x98" "Critics\xE2\x80\x99 \xE2\x86\x92 Critics &lt;b&gt; (vague)") !=
          std::string::npos);
    CHECK(html.find(R"(\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!-- x --\u003e)") !=
          std::string::npos);
}

TEST_CASE("report/html: a batch gets an index with counts per story and per rule") {
    const std::string html = render_html(test::bridge_and_clean_documents());
    CHECK(has_line(html, "<tr class=\"story-row\" data-path=\"stories/bridge.md\" data-error=\"1\" data-warning=\"2\" "
                         "data-info=\"1\" data-findings=\"4\"><td><a href=\"#d1\">stories/bridge.md</a></td><td>4</td>"
                         "<td>1</td><td>2</td><td>1</td><td data-rule=\"agentless-attribution\" data-count=\"1\">1</td>"
                         "<td data-rule=\"relayed-statement\" data-count=\"1\">1</td><td data-rule=\"single-source-claim\" "
                         "data-count=\"1\">1</td><td data-rule=\"vague-source\" data-count=\"1\">1</td></tr>"));
    CHECK(has_line(html, "<tr class=\"story-row\" data-path=\"clean.txt\" data-error=\"0\" data-warning=\"0\" "
                         "data-info=\"0\" data-findings=\"0\"><td><a href=\"#d2\">clean.txt</a></td><td>0</td><td>0</td>"
                         "<td>0</td><td>0</td><td data-rule=\"agentless-attribution\" data-count=\"0\"></td><td "
                         "data-rule=\"relayed-statement\" data-count=\"0\"></td><td data-rule=\"single-source-claim\" "
                         "data-count=\"0\"></td><td data-rule=\"vague-source\" data-count=\"0\"></td></tr>"));
    CHECK(has_line(html, "<section class=\"story\" id=\"d2\" data-path=\"clean.txt\" data-error=\"0\" data-warning=\"0\" "
                         "data-info=\"0\" data-findings=\"0\">"));
    CHECK(has_line(html, "<p class=\"block k-paragraph\">The council met.</p>"));
    CHECK(has_line(html, "<p class=\"no-findings\">No findings.</p>"));
    CHECK(html.find("<p class=\"no-sources\">No sources quoted.</p></aside>") != std::string::npos);
}
