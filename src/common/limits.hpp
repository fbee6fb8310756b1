// The limits that keep a hostile or broken input from eating the machine's memory or time. Two
// are the user's to set, on the command line or in `.claimcheck.yml` (the command line wins);
// the others are fixed where they are enforced, each with the reason for its value:
// HTML nesting (document/html_depth.hpp), entries of a Word package (document/zip_package.hpp),
// YAML values read from one rule or config file (rules/yaml_reader.hpp) and a regex's memory
// (rules/pack_compiler.cpp). A limit that is hit is an error naming the file (and line and
// column where there is one) that says what to change; the rest of a batch still runs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// 64 MB: a book-length story is a few MB, a 2,000-page Word document's XML tens of MB.
inline constexpr std::uint64_t kDefaultMaxFileSize = std::uint64_t{64} << 20;
// 10,000 characters: a long news sentence has a few hundred. The analysis of one sentence grows
// faster than its length, and a text whose sentences start in lower case ("... plan. the ...")
// is one sentence to the segmenter: unbounded, a 2 MB paragraph of those took gigabytes.
inline constexpr std::size_t kDefaultMaxSentenceLength = 10'000;

struct Limits {
    // Bytes of a file, of standard input, of a JSON Lines record, and of each part of a Word
    // document once unpacked. Over it, the input is not read and is an error.
    std::uint64_t max_file_size = kDefaultMaxFileSize;
    // Characters (code points) of one sentence. A longer one is not analysed and is an error;
    // the rest of its document is checked.
    std::size_t max_sentence_length = kDefaultMaxSentenceLength;
};

// The command line's choices (--max-file-size, --max-sentence-length): unset ones come from the
// config, else the defaults.
struct LimitOverrides {
    std::optional<std::uint64_t> max_file_size;
    std::optional<std::size_t> max_sentence_length;
};

// "64MB", "64 MB", "512K", "2GB", "1048576" (bytes); K, M and G are powers of 1024, a trailing
// "B" and letter case are optional. nullopt for anything else, zero, or more than 2^63 bytes.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// "10000": a whole number, 1 or more, in digits only; nullopt otherwise.
std::optional<std::size_t> parse_count(std::string_view text);

// "64 MB", "1.5 GB", "12 KB", "900 bytes": how messages show a size (powers of 1024).
std::string byte_size_text(std::uint64_t bytes);

// What the errors of the two configurable limits tell the user to change.
inline constexpr const char* kRaiseMaxFileSize = "--max-file-size (max-file-size in .claimcheck.yml)";
inline constexpr const char* kRaiseMaxSentenceLength = "--max-sentence-length (max-sentence-length in .claimcheck.yml)";

}  // namespace claimcheck
