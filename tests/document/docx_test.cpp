#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "common/error.hpp"
#include "document/load.hpp"
#include "document_test_helpers.hpp"
#include "docx_fixture.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

using Strings = std::vector<std::string>;

Document load_docx_bytes(const std::string& bytes) { return load_document("story.docx", bytes, InputFormat::Docx); }

// The error loading `bytes` throws ("" if none).
std::string load_error(const std::string& bytes) {
    try {
        load_docx_bytes(bytes);
    } catch (const UserError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("docx: paragraphs are blocks, their styles give the roles") {
    const std::string body = word_paragraph("Ferry strike enters third week", "Title") +
                             word_paragraph("Background", "Heading2") + word_paragraph("The union said talks had stalled.") +
                             word_paragraph("Pickets at the port.", "Caption") + word_paragraph("We will not back down.", "Quote") +
                             word_paragraph("Sailings cancelled", "ListParagraph") + word_paragraph("") +
                             "<w:tbl><w:tr><w:tc>" + word_paragraph("In a table") + "</w:tc></w:tr></w:tbl>" +
                             word_paragraph("After the table.");
    const Document doc = load_docx_bytes(docx_bytes(body));
    CHECK(block_texts(doc) == Strings{"Ferry strike enters third week", "Background", "The union said talks had stalled.",
                                      "Pickets at the port.", "We will not back down.", "Sailings cancelled", "After the table."});
    CHECK(block_kinds(doc) ==
          Strings{"headline", "heading", "paragraph", "caption", "blockquote", "list-item", "paragraph"});
    // One line per paragraph, the empty one and the table's included.
    CHECK(doc.map.position(doc.text.find("After")).line == 9);
}

TEST_CASE("docx: style names come from styles.xml, so a localised style id still reads as a heading") {
    const std::string styles = "<w:styles xmlns:w=\"" + kWordNamespace +
                               "\"><w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
    const Document doc = load_docx_bytes(docx_bytes(word_paragraph("Schlagzeile", "berschrift1") +
                                                    word_paragraph("Text.") + word_paragraph("Zweite", "berschrift1"), styles));
    CHECK(block_kinds(doc) == Strings{"headline", "paragraph", "heading"});
}

TEST_CASE("docx: tracked changes read as accepted; notes, comments, field codes and tabs") {
    const std::string body =
        "<w:p><w:r><w:t xml:space=\"preserve\">Critics have </w:t></w:r>"
        "<w:del w:id=\"1\"><w:r><w:delText>long </w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\"><w:r><w:t>warned</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space=\"preserve\"> that</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
        "<w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> it</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
        "<w:r><w:commentReference w:id=\"0\"/></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t xml:space=\"preserve\"> would</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:hyperlink w:anchor=\"x\"><w:r><w:t xml:space=\"preserve\"> fail</w:t></w:r></w:hyperlink>"
        "<w:r><w:tab/><w:t>badly.</w:t></w:r></w:p>";
    const Document doc = load_docx_bytes(docx_bytes(body));
    CHECK(block_texts(doc) == Strings{"Critics have warned that it would fail\tbadly."});
    CHECK(doc.original == "Critics have warned that it would fail\tbadly.\n");
}

TEST_CASE("docx: findings point at paragraph numbers and code points within the paragraph") {
    const std::string body = word_paragraph("Harbour plan approved", "Title") + word_paragraph("") +
                             word_paragraph("The council approved the plan on Monday.") +
                             word_paragraph("Café owners were angry. Critics have warned that it would set a dangerous precedent.");
    const CheckedDocument checked = builtin_engine().check(load_docx_bytes(docx_bytes(body)));
    CHECK(finding_positions(checked) == "4:25-4:32 vague-source: Critics\n");
}

TEST_CASE("docx: a truncated or foreign file is a clear error, never a crash") {
    const std::string whole = docx_bytes(word_paragraph("Text."));
    CHECK(load_error(whole.substr(0, whole.size() / 2)).rfind("story.docx: not a readable Word document (", 0) == 0);
    CHECK(load_error("plain text, not a zip") ==
          "story.docx: not a readable Word document (Not a zip archive): the file may be truncated or not a .docx; "
          "open it in Word and save it again");
    CHECK(load_error(zip_bytes({{"content.xml", "<x/>"}})) ==
          "story.docx: not a Word document (it has no word/document.xml): save it from Word as .docx");
    CHECK(load_error(zip_bytes({{"word/document.xml", "<w:document>\n<w:body><w:p></w:body>"}})) ==
          "story.docx:word/document.xml:2:16: malformed XML in the Word document (Start-end tags mismatch): open the "
          "file in Word and save it again");
    CHECK(load_error(docx_bytes(word_paragraph("ok") + word_paragraph("caf\xE9"))) ==
          "story.docx:2:4: invalid UTF-8 (byte 0xE9): save the file as UTF-8");
}
