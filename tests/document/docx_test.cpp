#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../analysis/engine_fixture.hpp"
#include "common/error.hpp"
#include "document/load.hpp"
#include "document_test_helpers.hpp"
#include "docx_fixture.hpp"
#include "document/zip_package.hpp"

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
    const Document doc = load_docx_bytes(docx_bytes(word_paragraph("ok") + word_paragraph("caf\xE9")));
    REQUIRE(doc.problems.size() == 1);
    CHECK(std::string(doc.problems.front().what()) ==
          "story.docx:2:4: invalid UTF-8 (byte 0xE9) replaced by U+FFFD: save the file as UTF-8 (the rest of it was checked)");
    CHECK(block_texts(doc) == Strings{"ok", "caf\xEF\xBF\xBD"});
}

TEST_CASE("docx: a part larger than the limit is refused on its declared size, before unpacking") {
    const std::string package = docx_bytes(word_paragraph("Text."));
    // A zip bomb declares gigabytes: refused at once, whatever the part really holds.
    CHECK(load_error(with_declared_size(package, "word/document.xml", 0xF0000000)) ==
          "story.docx: part word/document.xml of the Word document unpacks to 3.8 GB, more than the limit of 64 MB "
          "(a zip bomb?): if the document is real, raise --max-file-size (max-file-size in .claimcheck.yml)");
    // The limit is the one for files; styles.xml is held to it too.
    const std::string styles(2048, ' ');
    CHECK_THROWS_WITH_AS(load_document("story.docx", docx_bytes(word_paragraph("Text."), styles), InputFormat::Docx,
                                       Limits{1024, kDefaultMaxSentenceLength}),
                         "story.docx: part word/styles.xml of the Word document unpacks to 2 KB, more than the limit of "
                         "1 KB (a zip bomb?): if the document is real, raise --max-file-size (max-file-size in "
                         ".claimcheck.yml)",
                         UserError);
}

TEST_CASE("docx: a part that holds more than it declares stops unpacking at the limit") {
    // 8 MB of blanks in a few kilobytes, declared as 100 bytes.
    const std::string body = word_paragraph("Text.") + std::string(8 << 20, ' ');
    const std::string bomb = with_declared_size(docx_bytes(body), "word/document.xml", 100);
    CHECK(bomb.size() < 64 * 1024);
    CHECK_THROWS_WITH_AS(load_document("story.docx", bomb, InputFormat::Docx, Limits{1 << 20, kDefaultMaxSentenceLength}),
                         "story.docx: part word/document.xml of the Word document unpacks to more than the limit of 1 MB "
                         "(a zip bomb?): if the document is real, raise --max-file-size (max-file-size in .claimcheck.yml)",
                         UserError);
    // Within the limit, the lie is found when the part ends: damaged, never read as text.
    CHECK(load_error(bomb).rfind("story.docx: part word/document.xml of the Word document is damaged (", 0) == 0);
}

TEST_CASE("docx: a package with more entries than a Word document has is refused before it is opened") {
    std::map<std::string, std::string> parts{{"word/document.xml", word_document_xml(word_paragraph("Text."))}};
    for (std::uint64_t i = 0; i < kMaxZipEntries; ++i) parts["media/" + std::to_string(i)] = "";
    const std::string package = zip_bytes(parts);
    CHECK(declared_zip_entries(package) == kMaxZipEntries + 1);
    CHECK(load_error(package) == "story.docx: the package has 10001 entries, more than the 10000 a Word document may "
                                 "have here: it is not a .docx claimcheck reads; open it in Word and save it again");
    parts.erase("media/0");
    CHECK(load_error(zip_bytes(parts)).empty());
    CHECK(declared_zip_entries("not a zip") == std::nullopt);
}
