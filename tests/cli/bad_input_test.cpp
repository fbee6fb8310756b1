// The "Bad input" table of CONTRIBUTING.md, one test case per row (named "bad input: ROW"): each
// runs the built binary as a user would and asserts the exact error text and exit status, and
// that the rest of the batch is still checked.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "../document/docx_fixture.hpp"
#include "cli_runner.hpp"

using namespace claimcheck::testing;

namespace {

const std::string kGood = "Headline\n\nExperts say the plan will fail.\n";

// What checking `kGood` prints after the path ("PATH:3:1: warning: …"), with its summary line.
std::string good_report(const std::string& path) {
    return path + ":3:1: warning: Key claim rests on a single source (Experts); right of reply not recorded: find a "
                  "second, independent source [single-source-claim]\n"
                  "    Experts say the plan will fail.\n"
                  "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
           path + ":3:1: warning: Vague source 'Experts': say who they are or why they are qualified [vague-source]\n"
                  "    Experts say the plan will fail.\n"
                  "    ^~~~~~~\n";
}

std::string error_line(const std::string& where, const std::string& message) {
    return "claimcheck: error: " + where + ": " + message + "\n";
}

std::string check(const std::string& args) { return "check --color never " + args; }

// Runs as an ordinary user when the tests run as root (who may read any file), so that a file
// without read permission really cannot be read.
RunResult run_unprivileged(const std::string& args) {
    if (::geteuid() != 0) return run_claimcheck(args);
    return run_claimcheck_with("setpriv --reuid=65534 --regid=65534 --clear-groups", args);
}

// A rule pack folder holding one file; returns the file's path.
std::string pack_file(const TempDir& dir, const std::string& yaml) { return dir.write("pack/rules.yml", yaml); }

// The lists that make "billion laughs": an anchored list and `copies` aliases of it.
std::string repeated_list(const std::string& indent, const std::string& first_key, int copies) {
    std::string yaml = indent + first_key + ": &words [";
    for (int i = 0; i < 1000; ++i) yaml += (i ? ", w" : "w") + std::to_string(i);
    yaml += "]\n";
    for (int i = 0; i < copies; ++i) yaml += indent + "copy-" + std::to_string(i) + ": *words\n";
    return yaml;
}

}  // namespace

TEST_CASE("bad input: invalid UTF-8 is replaced by U+FFFD and reported; the rest of the file is checked") {
    TempDir dir;
    const std::string file = dir.write("latin1.txt", "Headline\n\nThe caf\xE9 closed.\n\nExperts say the plan will fail.\n");
    RunResult run = run_claimcheck(check(shell_quoted(file)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":3:8", "invalid UTF-8 (byte 0xE9) replaced by U+FFFD: save the file as UTF-8 "
                                               "(the rest of it was checked)"));
    CHECK(run.out.find(file + ":5:1: warning: Vague source 'Experts'") != std::string::npos);
    // The JSON report carries the error beside the document's findings.
    RunResult json = run_claimcheck(check("--format json " + shell_quoted(file)));
    CHECK(json.exit_code == 2);
    CHECK(json.out.find("\"errors\": [\n        {\n          \"line\": 3,\n          \"column\": 8,\n"
                        "          \"message\": \"invalid UTF-8 (byte 0xE9) replaced by U+FFFD") != std::string::npos);
}

TEST_CASE("bad input: a NUL byte makes a binary file, skipped with an error; the other files are checked") {
    TempDir dir;
    const std::string binary = dir.write("a-image.txt", std::string("GIF89a\0\0\x01", 9));
    const std::string good = dir.write("b-story.txt", kGood);
    RunResult run = run_claimcheck(check(shell_quoted(binary) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(binary + ":1:7", "binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; "
                                                 "convert the file to text first"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: UTF-16 text is an error that says to save it as UTF-8") {
    TempDir dir;
    const std::string file = dir.write("u16.txt", std::string("\xFF\xFEH\0i\0", 6));
    RunResult run = run_claimcheck(check(shell_quoted(file)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":1:1", "UTF-16 text (byte order mark 0xFF 0xFE): save the file as UTF-8"));
    CHECK(run.out.empty());
}

TEST_CASE("bad input: a byte order mark takes no column; offsets still count its bytes") {
    TempDir dir;
    const std::string file = dir.write("bom.txt", "\xEF\xBB\xBF" "Experts say so.\n\nCritics say the plan will fail.\n");
    RunResult run = run_claimcheck(check("--format json " + shell_quoted(file)));
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("\"rule\": \"vague-source\",\n          \"severity\": \"warning\",\n          \"message\": "
                       "\"Vague source 'Critics': say who they are or why they are qualified\",\n"
                       "          \"line\": 3,\n          \"column\": 1,\n          \"end_line\": 3,\n"
                       "          \"end_column\": 8,\n          \"start\": 20,\n          \"end\": 27,") != std::string::npos);
}

TEST_CASE("bad input: CRLF and lone CR line ends give the right lines and columns") {
    TempDir dir;
    const std::string crlf = dir.write("crlf.txt", "Headline\r\n\r\nExperts say the plan will fail.\r\n");
    RunResult run = run_claimcheck(check(shell_quoted(crlf)));
    CHECK(run.exit_code == 0);
    CHECK(run.out == good_report(crlf) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
    const std::string cr = dir.write("cr.md", "# Headline\r\rThe plan, as  Critics say, will fail.\r");
    run = run_claimcheck(check(shell_quoted(cr)));
    CHECK(run.exit_code == 0);
    CHECK(run.out == cr + ":3:1: warning: Key claim rests on a single source (Critics); right of reply not recorded: "
                          "find a second, independent source [single-source-claim]\n"
                          "    The plan, as  Critics say, will fail.\n"
                          "    ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" +
                          cr + ":3:15: warning: Vague source 'Critics': say who they are or why they are qualified "
                          "[vague-source]\n"
                          "    The plan, as  Critics say, will fail.\n"
                          "                  ^~~~~~~\n"
                          "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: empty files are documents with no findings") {
    TempDir dir;
    const std::string text = dir.write("empty.txt", "");
    const std::string markdown = dir.write("empty.md", "");
    const std::string html = dir.write("empty.html", "");
    RunResult run = run_claimcheck(check(shell_quoted(text) + " " + shell_quoted(markdown) + " " + shell_quoted(html)));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out == "No findings in 3 documents.\n");
}

TEST_CASE("bad input: a 50 MB single-line file is read and its over-long sentence reported, in seconds") {
    TempDir dir;
    const std::string words = "the council will vote on the budget next week and residents have complained ";
    std::string line;
    line.reserve(50 << 20);
    while (line.size() + words.size() <= (50u << 20)) line += words;
    const std::string file = dir.write("one-line.txt", line);
    const auto started = std::chrono::steady_clock::now();
    RunResult run = run_claimcheck(check(shell_quoted(file)));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":1:1", "sentence of " + std::to_string(line.size() - 1) +
                                                   " characters, more than the limit of 10000, was not checked: split "
                                                   "it, or raise --max-sentence-length (max-sentence-length in "
                                                   ".claimcheck.yml)"));
    CHECK(run.out == "No findings in 1 document.\n");
    CHECK(seconds < 30);  // about 2 s; unbounded, the analysis of this sentence would not end
}

TEST_CASE("bad input: a file over --max-file-size is not read; the other files are checked") {
    TempDir dir;
    const std::string big = dir.write("a-big.txt", std::string(2048, 'x'));
    const std::string good = dir.write("b-story.txt", kGood);
    RunResult run = run_claimcheck(check("--max-file-size 1K " + shell_quoted(big) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(big, "the file is 2 KB, more than the limit of 1 KB: split it, or raise --max-file-size "
                                     "(max-file-size in .claimcheck.yml)"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
    // Standard input is held to it too.
    run = run_claimcheck(check("--max-file-size 1K -"), std::string(2048, 'x'));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line("-", "standard input is larger than the limit of 1 KB: split it, or raise "
                                     "--max-file-size (max-file-size in .claimcheck.yml)"));
}

TEST_CASE("bad input: a JSON Lines record over --max-file-size is an error at its line; the others are checked") {
    TempDir dir;
    const std::string archive =
        dir.write("archive.jsonl", "{\"id\": \"long\", \"text\": \"" + std::string(4096, 'x') + "\"}\n" +
                                       "{\"id\": \"short\", \"text\": \"Headline\\n\\nExperts say the plan will fail.\"}\n");
    RunResult run = run_claimcheck(check("--max-file-size 1K " + shell_quoted(archive)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(archive + ":1", "the record is larger than the limit of 1 KB: split it, or raise "
                                                "--max-file-size (max-file-size in .claimcheck.yml)"));
    CHECK(run.out == good_report(archive + "#short") + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: an unterminated quotation does not swallow the rest of the story") {
    TempDir dir;
    const std::string file = dir.write(
        "quote.txt", "Headline\n\nThe mayor said: \"We will rebuild the bridge by May.\n\nCritics say the plan will fail.\n");
    RunResult run = run_claimcheck(check(shell_quoted(file)));
    CHECK(run.exit_code == 0);
    CHECK(run.out.find(file + ":5:1: warning: Vague source 'Critics'") != std::string::npos);
    // The open quotation follows "The mayor said:", so it has its speaker.
    CHECK(run.out.find("1 finding (0 errors, 1 warning, 0 info) in 1 document.\n") != std::string::npos);
}

TEST_CASE("bad input: 10,000 nested HTML elements are refused at the element past 1,000, at once") {
    TempDir dir;
    std::string page = "<p>Experts say the plan will fail.</p>\n";
    for (int i = 0; i < 10000; ++i) page += "<div>";
    const std::string deep = dir.write("a-deep.html", page);
    const std::string good = dir.write("b-story.txt", kGood);
    RunResult run = run_claimcheck(check(shell_quoted(deep) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(deep + ":2:5001", "elements nested more than 1000 deep (a browser shows at most 512 "
                                                  "levels): the page was not checked; remove the extra nesting"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: a truncated .docx is an error naming it; the other files are checked") {
    TempDir dir;
    const std::string whole = docx_bytes(word_paragraph("Experts say the plan will fail."));
    const std::string truncated = dir.write("a-story.docx", whole.substr(0, whole.size() / 2));
    const std::string good = dir.write("b-story.txt", kGood);
    RunResult run = run_claimcheck(check(shell_quoted(truncated) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(truncated, "not a readable Word document (Not a zip archive): the file may be truncated "
                                           "or not a .docx; open it in Word and save it again"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: a zip bomb is refused without being unpacked") {
    TempDir dir;
    // Built with libzip, then declaring 3.8 GB for its document part.
    const std::string bomb = with_declared_size(docx_bytes(word_paragraph("Text.")), "word/document.xml", 0xF0000000);
    const std::string file = dir.write("bomb.docx", bomb);
    RunResult run = run_claimcheck(check(shell_quoted(file)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file, "part word/document.xml of the Word document unpacks to 3.8 GB, more than the "
                                      "limit of 64 MB (a zip bomb?): if the document is real, raise --max-file-size "
                                      "(max-file-size in .claimcheck.yml)"));
    // One that hides its size is stopped while unpacking, at the limit.
    const std::string hidden =
        with_declared_size(docx_bytes(word_paragraph("Text.") + std::string(4 << 20, ' ')), "word/document.xml", 100);
    const std::string hidden_file = dir.write("hidden.docx", hidden);
    run = run_claimcheck(check("--max-file-size 1MB " + shell_quoted(hidden_file)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(hidden_file, "part word/document.xml of the Word document unpacks to more than the limit "
                                             "of 1 MB (a zip bomb?): if the document is real, raise --max-file-size "
                                             "(max-file-size in .claimcheck.yml)"));
}

TEST_CASE("bad input: rule packs with unknown keys, bad regexes, duplicate ids or oversized regexes") {
    TempDir dir;
    std::string file = pack_file(dir, "checks:\n  - id: vague-source\n    severty: warning\n");
    const std::string pack = (dir.path() / "pack").string();
    RunResult run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":3:5", "unknown key 'severty' in check 'vague-source' (allowed: id, severity, "
                                               "summary, message, standard, explain, params, examples, enabled)"));
    pack_file(dir, "patterns:\n  - id: broken\n    form: indirect\n    regex: '(?P<cue>said'\n"
                   "    examples: {match: ['he said']}\n");
    run = run_claimcheck(check("--rules " + shell_quoted(pack) + " -"), "Text.\n");
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":4:12", "pattern 'broken': invalid regex: missing ): (?P<cue>said"));
    pack_file(dir, "claims:\n  triggers:\n    - {id: money, regex: '\\$'}\n    - {id: money, regex: 'euros'}\n");
    run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":4:7", "duplicate trigger id 'money' (first defined at " + file + ":3:7)"));
    pack_file(dir, "claims:\n  triggers:\n    - {id: letters, regex: '\\pL{1000}'}\n");
    run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(file + ":3:28", "trigger 'letters': the regex needs more than the 8 MB of memory a regex "
                                                "may have, once its {{names}} are expanded: use smaller lexicons or fewer "
                                                "repetitions in it, or split it into several"));
}

TEST_CASE("bad input: billion-laughs aliases in a rule pack are refused, not expanded") {
    TempDir dir;
    // The classic form nests lists, which no reader takes where words go.
    std::string nested = "lexicons:\n  lol:\n    entries: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        nested += "  lol" + std::to_string(level) + ":\n    entries: &a" + std::to_string(level) + " [";
        for (int k = 0; k < 10; ++k) nested += (k ? ", *a" : "*a") + std::to_string(level - 1);
        nested += "]\n";
    }
    const std::string file = pack_file(dir, nested);
    const std::string pack = (dir.path() / "pack").string();
    RunResult run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(run.exit_code == 2);
    // (yaml-cpp places an alias at its anchor.)
    CHECK(run.err == error_line(file + ":3:14", "item 1 of 'entries' in lexicon 'lol1' must be a string, not a list"));
    // The wide form repeats one long list: refused once a million values have been read.
    pack_file(dir, "lexicons:\n" + [] {
        std::string yaml = "  words:\n    entries: &words [";
        for (int i = 0; i < 1000; ++i) yaml += (i ? ", w" : "w") + std::to_string(i);
        yaml += "]\n";
        for (int i = 0; i < 1500; ++i) yaml += "  copy-" + std::to_string(i) + ": {entries: *words}\n";
        return yaml;
    }());
    const auto started = std::chrono::steady_clock::now();
    run = run_claimcheck("rules list --rules " + shell_quoted(pack));
    CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() < 30);
    CHECK(run.exit_code == 2);
    // At the value of the repeated list where the budget ran out (an alias is placed at its anchor).
    CHECK(run.err == error_line(file + ":3:5906", "more than 1000000 values to read: each alias (*name) repeats all its "
                                                "anchor (&name) holds; write the lists out, or use fewer aliases"));
}

TEST_CASE("bad input: a config with unknown keys, bad limits or billion-laughs aliases is an error at its place") {
    TempDir dir;
    const std::string draft = dir.write("story.txt", kGood);
    const std::string config = dir.write(".claimcheck.yml", "fail-on: error\nmax-file-sise: 1MB\n");
    RunResult run = run_claimcheck(check(shell_quoted(draft)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(config + ":2:1", "unknown key 'max-file-sise' in the config (allowed: rules, enable, "
                                                 "disable, severity, lexicons, aliases, affiliations, ignore, fail-on, "
                                                 "max-file-size, max-sentence-length)"));
    dir.write(".claimcheck.yml", "max-file-size: lots\n");
    run = run_claimcheck(check(shell_quoted(draft)));
    CHECK(run.err == error_line(config + ":1:16", "max-file-size must be a size such as 64MB, 512K or 1048576 (bytes), "
                                                  "not 'lots'"));
    dir.write(".claimcheck.yml", "max-sentence-length: 0\n");
    run = run_claimcheck(check(shell_quoted(draft)));
    CHECK(run.err == error_line(config + ":1:22", "max-sentence-length must be a whole number of characters, 1 or more, "
                                                  "such as 10000, not '0'"));
    dir.write(".claimcheck.yml", "lexicons:\n" + repeated_list("  ", "vague-heads", 1500));
    run = run_claimcheck(check(shell_quoted(draft)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(config + ":2:2902", "more than 1000000 values to read: each alias (*name) repeats all its "
                                                  "anchor (&name) holds; write the lists out, or use fewer aliases"));
}

TEST_CASE("bad input: missing and unreadable paths are errors; the other inputs are checked") {
    TempDir dir;
    const std::string missing = (dir.path() / "nope.md").string();
    const std::string locked = dir.write("locked.txt", kGood);
    const std::string good = dir.write("story.txt", kGood);
    ::chmod(locked.c_str(), 0);
    RunResult run = run_unprivileged(check(shell_quoted(missing) + " " + shell_quoted(locked) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(missing, "no such file or folder: check the path") +
                         error_line(locked, "cannot read the file (Permission denied): check that it exists and that "
                                            "you may read it"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: in a folder, an unreadable subfolder and a broken link are errors, never skipped unsaid") {
    TempDir dir;
    const std::filesystem::path root = dir.path() / "stories";
    const std::string good = dir.write("stories/a/story.txt", kGood);
    dir.write("stories/b-locked/hidden.txt", kGood);
    const std::string locked = (root / "b-locked").string();
    ::chmod(locked.c_str(), 0);
    const std::string link = (root / "c-gone.md").string();
    std::filesystem::create_symlink(dir.path() / "deleted.md", link);
    RunResult run = run_unprivileged(check(shell_quoted(root.string())));
    ::chmod(locked.c_str(), 0755);  // so that the folder can be removed
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(locked, "cannot read the folder (Permission denied): check that you may read it; the "
                                        "drafts elsewhere were checked") +
                         error_line(link, "a link to a file that does not exist: fix the link or remove it"));
    CHECK(run.out == good_report(good) + "2 findings (0 errors, 2 warnings, 0 info) in 1 document.\n");
}

TEST_CASE("bad input: an --output that cannot be written, or that is an input, is an error") {
    TempDir dir;
    const std::string good = dir.write("story.txt", kGood);
    const std::string nowhere = (dir.path() / "no-such-folder" / "report.json").string();
    RunResult run = run_claimcheck(check("--format json -o " + shell_quoted(nowhere) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == error_line(nowhere, "cannot write the report here: check the folder exists and is writable"));
    CHECK(run.out.empty());
    run = run_claimcheck(check("-o " + shell_quoted(good) + " " + shell_quoted(good)));
    CHECK(run.exit_code == 2);
    CHECK(run.err == "claimcheck: error: --output " + good + " is one of the files to check: write the report to another "
                     "file\n");
    CHECK(read_all(good) == kGood);
}
