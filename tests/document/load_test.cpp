#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "common/error.hpp"
#include "document/entities.hpp"
#include "document/load.hpp"

using namespace claimcheck;

namespace {

// A scratch folder for one test, removed again when the test ends.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("claimcheck-loader-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string file = (path_ / name).string();
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

// The exact what() of the UserError that loading `bytes` as `path` throws ("" if none).
std::string load_error(const std::string& path, const std::string& bytes) {
    try {
        load_document(path, bytes, input_format_for_path(path));
    } catch (const UserError& e) {
        return e.what();
    }
    return "";
}

std::string decoded(const std::string& reference) {
    std::string out = "[";
    if (!decode_entity(reference, out)) return "unknown";
    return out + "]";
}

const std::string kUtf8Advice = "save the file as UTF-8";
const std::string kReplacedAdvice = "save the file as UTF-8 (the rest of it was checked)";

// The problem that loading `bytes` as `path` reports ("" if none), " | ", and the text as read,
// each U+FFFD shown as '#'.
std::string replaced(const std::string& path, const std::string& bytes) {
    const Document doc = load_document(path, bytes, input_format_for_path(path));
    std::string text = doc.original;
    for (std::size_t at = text.find("\xEF\xBF\xBD"); at != std::string::npos; at = text.find("\xEF\xBF\xBD", at))
        text.replace(at, 3, 1, '#');
    std::string out = doc.problems.empty() ? "" : doc.problems.front().what();
    return out + " | " + text;
}

}  // namespace

TEST_CASE("load: input format follows the extension") {
    CHECK(input_format_for_path("a/story.md") == InputFormat::Markdown);
    CHECK(input_format_for_path("story.markdown") == InputFormat::Markdown);
    CHECK(input_format_for_path("story.mdown") == InputFormat::Markdown);
    CHECK(input_format_for_path("story.MKD") == InputFormat::Markdown);
    CHECK(input_format_for_path("story.Md") == InputFormat::Markdown);
    CHECK(input_format_for_path("story.txt") == InputFormat::Text);
    CHECK(input_format_for_path("md") == InputFormat::Text);
    CHECK(input_format_for_path("notes.md.txt") == InputFormat::Text);
    CHECK(input_format_for_path("-") == InputFormat::Text);
}

TEST_CASE("load: load_file reads bytes exactly and picks the format") {
    ScratchDir dir("read");
    const std::string bytes = "# Title\r\n\r\nBody \xC3\xA9t\xC3\xA9.\r\n";
    const std::string path = dir.write("story.md", bytes);
    const Document doc = load_file(path);
    CHECK(doc.path == path);
    CHECK(doc.format == InputFormat::Markdown);
    CHECK(doc.original == bytes);
    CHECK(doc.text == "Title\n\nBody \xC3\xA9t\xC3\xA9.");
    REQUIRE(doc.blocks.size() == 2);
    const Position end = doc.map.position(doc.blocks[1].span.end, true);
    CHECK(end.byte == 22);
    CHECK(end.line == 3);
    CHECK(end.column == 10);  // "Body été." is nine code points in eleven bytes
}

TEST_CASE("load: a missing file or a directory is a user error that says what to do") {
    ScratchDir dir("missing");
    const std::string missing = dir.path() + "/nope.md";
    CHECK_THROWS_WITH_AS(
        load_file(missing),
        (missing + ": no such file: check the path (pass - to read standard input)").c_str(),
        UserError);
    CHECK_THROWS_WITH_AS(load_file(dir.path()),
                         (dir.path() + ": is a directory, not a file: pass the files to check "
                                       "(claimcheck check DIR checks every draft in a folder)")
                             .c_str(),
                         UserError);
    try {
        load_file(missing);
    } catch (const UserError& e) {
        CHECK(e.where().file == missing);
        CHECK(e.where().line == 0);
    }
}

TEST_CASE("load: an unreadable file is a user error") {
    if (::geteuid() == 0) return;  // root reads everything
    ScratchDir dir("unreadable");
    const std::string path = dir.write("locked.txt", "text");
    std::filesystem::permissions(path, std::filesystem::perms::none);
    CHECK_THROWS_WITH_AS(load_file(path),
                         (path + ": cannot read the file (Permission denied): check that it exists "
                                 "and that you may read it")
                             .c_str(),
                         UserError);
}

TEST_CASE("load: a NUL byte means a binary file, reported at its line and column") {
    CHECK(load_error("n.txt", std::string("ab\ncd\0e", 7)) ==
          "n.txt:2:3: binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; "
          "convert the file to text first");
    // Past the first eight bytes (the word-at-a-time scan) and after a multibyte character.
    CHECK(load_error("n.md", std::string("0123456789\xC3\xA9"
                                         "xyzabcd\0",
                                         20)) ==
          "n.md:1:19: binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; "
          "convert the file to text first");
    // After bytes that are replaced, a NUL byte still makes the file binary.
    CHECK(load_error("n.txt", std::string("caf\xE9\0", 5)) ==
          "n.txt:1:5: binary file (NUL byte): claimcheck reads UTF-8 text and Markdown; "
          "convert the file to text first");
    // UTF-16 says what it is by its byte order mark.
    CHECK(load_error("u16.txt", std::string("\xFF\xFEH\0i\0", 6)) ==
          "u16.txt:1:1: UTF-16 text (byte order mark 0xFF 0xFE): " + kUtf8Advice);
    CHECK(load_error("u16.txt", std::string("\xFE\xFF\0H", 4)) ==
          "u16.txt:1:1: UTF-16 text (byte order mark 0xFE 0xFF): " + kUtf8Advice);
}

TEST_CASE("load: invalid UTF-8 is replaced by U+FFFD and reported at the first bad byte") {
    // "Zoë paid " is nine code points, so the bad byte is in column 10.
    CHECK(replaced("x.md", "Title\nZo\xC3\xAB paid \xC3\x28 euros\n") ==
          "x.md:2:10: invalid UTF-8 (byte 0xC3) replaced by U+FFFD: " + kReplacedAdvice +
          " | Title\nZo\xC3\xAB paid #( euros\n");
    CHECK(replaced("latin1.txt", "caf\xE9 au lait, cr\xE8me") ==
          "latin1.txt:1:4: invalid UTF-8 (byte 0xE9; 2 places in all) replaced by U+FFFD: " + kReplacedAdvice +
          " | caf# au lait, cr#me");
    CHECK(replaced("crlf.txt", "a\r\nb\rc\x80") ==
          "crlf.txt:3:2: invalid UTF-8 (byte 0x80) replaced by U+FFFD: " + kReplacedAdvice + " | a\r\nb\rc#");
    CHECK(replaced("b.txt", "\xEF\xBB\xBF" "ab\xFF") ==
          "b.txt:1:3: invalid UTF-8 (byte 0xFF) replaced by U+FFFD: " + kReplacedAdvice + " | \xEF\xBB\xBF" "ab#");
    // Each maximal ill-formed subpart is one U+FFFD (the Unicode standard's recommended practice):
    // a lead byte that cannot start a sequence, or whose next byte is out of its range, alone.
    CHECK(replaced("o.txt", "x\xC0\xAF") ==
          "o.txt:1:2: invalid UTF-8 (byte 0xC0; 2 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x##");
    CHECK(replaced("o.txt", "x\xE0\x80\xAF") ==
          "o.txt:1:2: invalid UTF-8 (byte 0xE0; 3 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x###");
    CHECK(replaced("o.txt", "x\xF0\x80\x80\xAF") ==
          "o.txt:1:2: invalid UTF-8 (byte 0xF0; 4 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x####");
    CHECK(replaced("s.txt", "x\xED\xA0\x80") ==
          "s.txt:1:2: invalid UTF-8 (byte 0xED; 3 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x###");
    CHECK(replaced("h.txt", "x\xF4\x90\x80\x80") ==
          "h.txt:1:2: invalid UTF-8 (byte 0xF4; 4 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x####");
    CHECK(replaced("f.txt", "x\xF5\x80\x80\x80") ==
          "f.txt:1:2: invalid UTF-8 (byte 0xF5; 4 places in all) replaced by U+FFFD: " + kReplacedAdvice + " | x####");
    // A sequence that breaks off after a fitting byte is one replacement, whatever follows.
    CHECK(replaced("t.txt", "a\xE2\x80" "b") ==
          "t.txt:1:2: invalid UTF-8 (byte 0xE2) replaced by U+FFFD: " + kReplacedAdvice + " | a#b");
    // The largest valid forms pass untouched.
    CHECK(replaced("ok.txt", "\xED\x9F\xBF \xEE\x80\x80 \xF4\x8F\xBF\xBF \xF0\x90\x80\x80") ==
          " | \xED\x9F\xBF \xEE\x80\x80 \xF4\x8F\xBF\xBF \xF0\x90\x80\x80");
}

TEST_CASE("load: a multibyte sequence cut short at the end of the file") {
    CHECK(replaced("t.txt", "ok\nend \xE2\x80") ==
          "t.txt:2:5: invalid UTF-8 (byte 0xE2) replaced by U+FFFD: " + kReplacedAdvice + " | ok\nend #");
    CHECK(replaced("t.md", "\xF0\x9F\x98") ==
          "t.md:1:1: invalid UTF-8 (byte 0xF0) replaced by U+FFFD: " + kReplacedAdvice + " | #");
    CHECK(replaced("t.md", "a\xC3") == "t.md:1:2: invalid UTF-8 (byte 0xC3) replaced by U+FFFD: " + kReplacedAdvice + " | a#");
}

TEST_CASE("load: entity decoding") {
    CHECK(decoded("&amp;") == "[&]");
    CHECK(decoded("&rsquo;") == "[\xE2\x80\x99]");
    CHECK(decoded("&eacute;") == "[\xC3\xA9]");
    CHECK(decoded("&Eacute;") == "[\xC3\x89]");
    CHECK(decoded("&nbsp;") == "[\xC2\xA0]");
    CHECK(decoded("&#8217;") == "[\xE2\x80\x99]");
    CHECK(decoded("&#x2014;") == "[\xE2\x80\x94]");
    CHECK(decoded("&#X41;") == "[A]");
    CHECK(decoded("&#0;") == "[\xEF\xBF\xBD]");
    CHECK(decoded("&#xD800;") == "[\xEF\xBF\xBD]");
    CHECK(decoded("&#99999999999;") == "[\xEF\xBF\xBD]");
    CHECK(decoded("&bogus;") == "unknown");
    CHECK(decoded("&#xZZ;") == "unknown");
    CHECK(decoded("&;") == "unknown");
}
