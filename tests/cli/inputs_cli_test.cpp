// The inputs of `claimcheck check`: formats by extension or --input-format, stdin with a name,
// folders with --ignore, JSON Lines archives record by record, and --jobs.
#include <doctest/doctest.h>

#include <string>

#include "../document/docx_fixture.hpp"
#include "cli_runner.hpp"

using namespace claimcheck::testing;

namespace {

const std::string kHtml =
    "<html><body>\n"
    "<h1>Harbour plan</h1>\n"
    "<p>The council approved it. Critics have warned that it would fail.</p>\n"
    "</body></html>\n";

// The first line of the text report (the first finding's header).
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("cli inputs: stdin takes its report name and format from --stdin-filename") {
    RunResult run = run_claimcheck("check - --stdin-filename news/harbour.html --fail-on never", kHtml);
    CHECK(run.exit_code == 0);
    CHECK(first_line(run.out) ==
          "news/harbour.html:3:29: warning: Vague source 'Critics': say who they are or why they are qualified [vague-source]");
    RunResult forced = run_claimcheck("check - --input-format html --fail-on never", kHtml);
    CHECK(first_line(forced.out).rfind("-:3:29: warning:", 0) == 0);
}

TEST_CASE("cli inputs: a folder is walked by extension in sorted order, --ignore skips files and folders") {
    TempDir dir;
    const std::string finding = "Critics have warned that the plan would fail.\n";
    dir.write("b.md", finding);
    dir.write("a.html", "<p>" + finding + "</p>");
    dir.write("c.docx", docx_bytes(word_paragraph("Critics have warned that the plan would fail.")));
    dir.write("d.jsonl", "{\"id\": \"r1\", \"text\": \"Critics have warned that it would fail.\"}\n");
    dir.write("notes.csv", finding);
    dir.write("drafts/old.txt", finding);
    dir.write("e.tmp.md", finding);
    const std::string root = dir.path().string();
    RunResult run = run_claimcheck("check " + shell_quoted(root) + " --ignore drafts --ignore '*.tmp.md' --fail-on never");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    std::string headers;
    for (std::size_t at = 0; (at = run.out.find(root, at)) != std::string::npos; at = run.out.find('\n', at))
        headers += run.out.substr(at + root.size() + 1, run.out.find(": warning", at) - at - root.size() - 1) + "\n";
    CHECK(headers == "a.html:1:4\nb.md:1:1\nc.docx:1:1\nd.jsonl#r1:1:1\n");
    CHECK(run.out.find("4 documents") != std::string::npos);
}

TEST_CASE("cli inputs: a broken JSON Lines record is an error at its line; the other records still run") {
    TempDir dir;
    const std::string archive = dir.write("archive.jsonl",
                                          "{\"id\": \"one\", \"text\": \"The mayor said the bridge would reopen.\"}\n"
                                          "{\"id\": \"two\", \"text\": \"broken\n"
                                          "{\"body\": \"no text field\"}\n"
                                          "{\"text\": \"Critics have warned that it would fail.\"}\n");
    RunResult run = run_claimcheck("check --format json --fail-on never " + shell_quoted(archive));
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("claimcheck: error: " + archive + ":2:") == 0);
    CHECK(run.err.find("claimcheck: error: " + archive + ":3:1: the record has no string field 'text'") != std::string::npos);
    CHECK(run.out.find("\"path\": \"" + archive + "#one\"") != std::string::npos);
    CHECK(run.out.find("\"path\": \"" + archive + ":4\"") != std::string::npos);
}

TEST_CASE("cli inputs: --text-field, --id-field and --input-format jsonl read any archive") {
    TempDir dir;
    const std::string archive = dir.write("export.txt", "{\"slug\": \"s-1\", \"body\": \"Critics have warned that it would fail.\"}\n");
    RunResult run = run_claimcheck("check --input-format jsonl --text-field body --id-field slug --fail-on never " +
                                   shell_quoted(archive));
    CHECK(run.exit_code == 0);
    CHECK(first_line(run.out).rfind(archive + "#s-1:1:1: warning:", 0) == 0);
}

TEST_CASE("cli inputs: a truncated .docx is an error naming it, and exit 2") {
    TempDir dir;
    const std::string whole = docx_bytes(word_paragraph("Text."));
    const std::string file = dir.write("story.docx", whole.substr(0, 40));
    RunResult run = run_claimcheck("check " + shell_quoted(file));
    CHECK(run.exit_code == 2);
    CHECK(run.err.rfind("claimcheck: error: " + file + ": not a readable Word document (", 0) == 0);
    CHECK(run.out.empty());
}

// 2,225 records (the size of the benchmark archive) written here from a few sentences of ours.
TEST_CASE("cli inputs: --jobs 2 writes the same report as --jobs 1, byte for byte") {
    const char* sentences[] = {
        "The council approved the harbour plan on Monday.",
        "Critics have warned that it would set a dangerous precedent.",
        "\\\"We have no choice,\\\" said Marta Okonkwo, the union's leader.",
        "It is believed the ferries will sail again on Friday.",
        "The company cut 340 jobs last year, according to its annual report.",
        "Some people say the mayor should resign.",
    };
    std::string archive;
    for (int i = 0; i < 2225; ++i) {
        archive += "{\"id\": \"story-" + std::to_string(i) + "\", \"text\": \"Story " + std::to_string(i) + "\\n\\n";
        for (int k = 0; k <= i % 5; ++k) archive += std::string(sentences[(i + k) % 6]) + " ";
        archive += "\"}\n";
    }
    TempDir dir;
    const std::string file = dir.write("archive.jsonl", archive);
    RunResult one = run_claimcheck("check --format json --fail-on never --jobs 1 " + shell_quoted(file));
    RunResult two = run_claimcheck("check --format json --fail-on never --jobs 2 " + shell_quoted(file));
    CHECK(one.exit_code == 0);
    CHECK(one.out.find("\"documents\": 2225") != std::string::npos);
    CHECK(two.exit_code == 0);
    CHECK(two.out == one.out);
    RunResult text_one = run_claimcheck("check --fail-on never --jobs 1 " + shell_quoted(file));
    RunResult text_two = run_claimcheck("check --fail-on never --jobs 2 " + shell_quoted(file));
    CHECK(text_two.out == text_one.out);
}
