// No lost work and no surprises: a batch with broken inputs reports every good one in full and
// each broken one as an error; the same input gives the same bytes whatever the number of jobs,
// the locale or the time zone; checking never writes to an input.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "../document/docx_fixture.hpp"
#include "cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

const char* const kSentences[] = {
    "The council approved the harbour plan on Monday.",
    "Critics have warned that it would set a dangerous precedent.",
    "\"We have no choice,\" said Marta Okonkwo, the union's leader.",
    "It is believed the ferries will sail again on Friday.",
    "The company cut 340 jobs last year, according to its annual report.",
    "Some people say the mayor should resign.",
    "Unemployment doubled in the port towns after the closure.",
};

std::string story(int number) {
    std::string text = "Story " + std::to_string(number) + "\n\n";
    for (int k = 0; k <= number % 5; ++k) text += std::string(kSentences[(number + k) % 7]) + " ";
    return text + "\n";
}

// Good drafts in the four file formats, named so that they sort in the order written.
std::string write_good(const TempDir& dir, int number) {
    char name[32];
    std::snprintf(name, sizeof name, "batch/story-%03d", number);
    const std::string text = story(number);
    switch (number % 4) {
        case 0: return dir.write(std::string(name) + ".txt", text);
        case 1: return dir.write(std::string(name) + ".md", "# " + text);
        case 2: return dir.write(std::string(name) + ".html", "<h1>Story</h1><p>" + text.substr(text.find('\n') + 2) + "</p>");
        default: return dir.write(std::string(name) + ".docx", docx_bytes(word_paragraph("Story", "Title") +
                                                                          word_paragraph(text.substr(text.find('\n') + 2))));
    }
}

struct Batch {
    std::vector<std::string> good;    // 95 files
    std::vector<std::string> broken;  // 5 files
};

// 100 files in DIR/batch: 95 good, and among them (every twentieth) 5 that cannot be checked.
Batch write_batch(const TempDir& dir) {
    Batch batch;
    for (int i = 0; i < 100; ++i) {
        if (i % 20 != 7) {
            batch.good.push_back(write_good(dir, i));
            continue;
        }
        char name[32];
        std::snprintf(name, sizeof name, "batch/story-%03d", i);
        const std::string base(name);
        const std::string whole = docx_bytes(word_paragraph(story(i)));
        switch (i / 20) {
            case 0: batch.broken.push_back(dir.write(base + ".txt", std::string("GIF89a\0\0\x01", 9))); break;
            case 1: batch.broken.push_back(dir.write(base + ".md", story(i) + std::string(70000, 'x'))); break;
            case 2: batch.broken.push_back(dir.write(base + ".docx", whole.substr(0, whole.size() / 2))); break;
            case 3:
                batch.broken.push_back(dir.write(base + ".docx", with_declared_size(whole, "word/document.xml", 0xF0000000)));
                break;
            default:
                batch.broken.push_back(dir.write(base + ".txt", story(i)));
                ::chmod(batch.broken.back().c_str(), 0);
        }
    }
    return batch;
}

// Runs as an ordinary user when the tests run as root, so that an unreadable file is one;
// `environment` (NAME=value words) is set for the run.
RunResult run_as_user(const std::string& args, const std::string& environment = "") {
    std::string prefix = "env " + environment;
    if (::geteuid() == 0) prefix += " setpriv --reuid=65534 --regid=65534 --clear-groups";
    return run_claimcheck_with(prefix, args);
}

std::string quoted_all(const std::vector<std::string>& paths) {
    std::string out;
    for (const std::string& path : paths) {
        out += ' ';
        out += shell_quoted(path);
    }
    return out;
}

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// Every file under `root` with its bytes and modification time.
std::map<std::string, std::pair<std::string, fs::file_time_type>> snapshot(const fs::path& root) {
    std::map<std::string, std::pair<std::string, fs::file_time_type>> files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) continue;
        files[entry.path().string()] = {read_all(entry.path()), fs::last_write_time(entry.path())};
    }
    return files;
}

const std::string kBatchOptions = "check --format json --fail-on never --max-file-size 64K --jobs 2";

}  // namespace

TEST_CASE("determinism: 100 files with 5 broken report the 95 in full, 5 errors and exit 2, as the 95 alone") {
    TempDir dir;
    const Batch batch = write_batch(dir);
    REQUIRE(batch.good.size() == 95);
    const std::string folder = shell_quoted((dir.path() / "batch").string());
    const RunResult all = run_as_user(kBatchOptions + " " + folder);
    CHECK(all.exit_code == 2);
    CHECK(count_lines(all.err) == 5);
    for (const std::string& broken : batch.broken) CHECK(all.err.find("claimcheck: error: " + broken + ":") != std::string::npos);
    CHECK(all.out.find("\"documents\": 95,") != std::string::npos);
    // The good ones alone, named one by one: the same report to the byte.
    const RunResult good = run_as_user(kBatchOptions + quoted_all(batch.good));
    CHECK(good.exit_code == 0);
    CHECK(good.err.empty());
    CHECK(good.out == all.out);
    CHECK(good.out.find("\"rule\": \"vague-source\"") != std::string::npos);
}

TEST_CASE("determinism: the same input gives the same bytes whatever the jobs, the locale and the time zone") {
    TempDir dir;
    const Batch batch = write_batch(dir);
    const std::string folder = shell_quoted((dir.path() / "batch").string());
    const RunResult first = run_as_user(kBatchOptions + " " + folder);
    REQUIRE(first.exit_code == 2);
    for (const char* jobs : {"1", "2", "4"}) {
        for (const char* environment : {"LC_ALL=C TZ=UTC", "LC_ALL=C.UTF-8 TZ=America/New_York",
                                        "LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 TZ=Asia/Kolkata"}) {
            CAPTURE(jobs);
            CAPTURE(environment);
            const RunResult again = run_as_user(
                "check --format json --fail-on never --max-file-size 64K --jobs " + std::string(jobs) + " " + folder,
                environment);
            CHECK(again.exit_code == 2);
            CHECK(again.out == first.out);
            CHECK(again.err == first.err);
        }
    }
    // The text report and the SARIF one too (SARIF carries no run time or machine name).
    for (const char* format : {"text", "sarif"}) {
        CAPTURE(format);
        const std::string args = "check --color never --fail-on never --max-file-size 64K --format " + std::string(format) + " ";
        const RunResult one = run_as_user(args + "--jobs 1 " + folder, "LC_ALL=C TZ=UTC");
        const RunResult four = run_as_user(args + "--jobs 4 " + folder, "LC_ALL=de_DE.UTF-8 TZ=Pacific/Auckland");
        CHECK(one.exit_code == 2);
        CHECK(four.out == one.out);
        CHECK(four.err == one.err);
    }
}

TEST_CASE("determinism: checking never writes to its inputs, whatever it writes elsewhere") {
    TempDir dir;
    write_batch(dir);
    dir.write("batch/.claimcheck.yml", "fail-on: warning\nmax-file-size: 64K\n");
    const auto before = snapshot(dir.path() / "batch");
    const std::string folder = shell_quoted((dir.path() / "batch").string());
    const std::string out = (dir.path() / "out").string();
    fs::create_directories(out);
    ::chmod(out.c_str(), 0777);
    for (const char* format : {"json", "html", "markdown", "sarif", "junit", "csv", "github", "text"}) {
        const RunResult run = run_as_user(std::string("check --format ") + format + " -o " + shell_quoted(out + "/report") +
                                          " --write-baseline " + shell_quoted(out + "/baseline.json") + " " + folder);
        CHECK(run.exit_code == 2);
    }
    CHECK(run_as_user("sources " + folder).exit_code == 2);
    CHECK(snapshot(dir.path() / "batch") == before);
}
