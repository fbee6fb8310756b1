// Writes the seed corpora of the fuzz targets into OUT/<target>/ from what the project already
// has: the drafts of samples/ and tests/report/fixtures/, the files of rules/en/ and the starter
// config. The HTML, Word and JSON Lines seeds are those drafts in that format (Word packages are
// built with the tests' own generator), so no binary seed is committed.
//   make_seeds SOURCE_DIR OUT_DIR
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../document/docx_fixture.hpp"
#include "../paragraphs.hpp"
#include "cli/config.hpp"
#include "document/load.hpp"
#include "report/escape.hpp"

namespace fs = std::filesystem;

namespace {

struct Draft {
    std::string name;  // file name without its folder
    std::string text;
};

// The files of `dir` whose extension is in `extensions`, sorted by name.
std::vector<Draft> files_in(const fs::path& dir, const std::vector<std::string>& extensions) {
    std::vector<Draft> drafts;
    for (const auto& entry : fs::directory_iterator(dir))
        for (const auto& extension : extensions)
            if (entry.path().extension() == extension)
                drafts.push_back({entry.path().filename().string(), claimcheck::read_file_bytes(entry.path().string())});
    std::sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.name < b.name; });
    return drafts;
}

// The paragraphs of a draft, without Markdown's leading '#' marks.
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out;
    for (std::string paragraph : claimcheck::testing::paragraphs_of(text)) {
        paragraph.erase(0, paragraph.find_first_not_of("# "));
        if (!paragraph.empty()) out.push_back(paragraph);
    }
    return out;
}

// The draft as an HTML page: the first paragraph a headline, the others paragraphs, with a
// comment and a character reference so that the seeds reach those readers too.
std::string as_html(const std::string& text) {
    const auto parts = paragraphs(text);
    std::string html = "<!DOCTYPE html><html><head><title>Draft</title><style>p{}</style></head><body><article>\n";
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string tag = i == 0 ? "h1" : (i % 5 == 4 ? "blockquote" : "p");
        html += "<" + tag + ">" + claimcheck::escape_markup(parts[i]) + "</" + tag + ">\n";
    }
    return html + "<!-- claimcheck-disable-next-line vague-source --><p>Caf&eacute; &amp; co&#39;s view.</p></article></body></html>\n";
}

// The draft as the XML of a Word document's body part: a Title paragraph, then body
// paragraphs, one of them a Quote, and a tracked insertion and deletion.
std::string as_word_xml(const std::string& text) {
    using namespace claimcheck::testing;
    const auto parts = paragraphs(text);
    std::string body;
    for (std::size_t i = 0; i < parts.size(); ++i)
        body += word_paragraph(claimcheck::escape_markup(parts[i]), i == 0 ? "Title" : (i % 5 == 4 ? "Quote" : ""));
    body += "<w:p><w:ins><w:r><w:t>Kept,</w:t></w:r></w:ins><w:del><w:r><w:delText>dropped</w:delText></w:r></w:del>"
            "<w:r><w:tab/><w:t xml:space=\"preserve\"> the mayor said.</w:t></w:r></w:p>";
    return word_document_xml(body);
}

std::string as_jsonl(const std::vector<Draft>& drafts) {
    std::string lines;
    int number = 0;
    for (const auto& draft : drafts) {
        nlohmann::json record{{"text", draft.text}};
        if (++number % 2 == 0) record["id"] = draft.name;
        lines += record.dump() + "\n";
    }
    return lines;
}

void write_seed(const fs::path& dir, const std::string& name, const std::string& bytes) {
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_seeds SOURCE_DIR OUT_DIR\n";
        return 2;
    }
    const fs::path source = argv[1], out = argv[2];
    std::vector<Draft> drafts = files_in(source / "samples", {".txt", ".md"});
    for (auto& draft : files_in(source / "tests/report/fixtures", {".txt"})) drafts.push_back(std::move(draft));
    for (const auto& draft : drafts) {
        const bool markdown = draft.name.ends_with(".md");
        write_seed(out / (markdown ? "load_markdown" : "load_text"), draft.name, draft.text);
        write_seed(out / "check", draft.name, draft.text);
        write_seed(out / "load_html", draft.name + ".html", as_html(draft.text));
        // The docx target reads a zip as a package and anything else as word/document.xml.
        const std::string word_xml = as_word_xml(draft.text);
        write_seed(out / "load_docx", draft.name + ".docx", claimcheck::testing::zip_bytes(
            {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", word_xml}}));
        write_seed(out / "load_docx", draft.name + ".xml", word_xml);
    }
    write_seed(out / "load_jsonl", "samples.jsonl", as_jsonl(drafts));
    for (const auto& rule_file : files_in(source / "rules/en", {".yml"})) write_seed(out / "rule_pack", rule_file.name, rule_file.text);
    write_seed(out / "config", "starter.yml", claimcheck::starter_config());
    for (const auto& config : files_in(source / "tests/fuzz/configs", {".yml"})) write_seed(out / "config", config.name, config.text);
    return 0;
}
