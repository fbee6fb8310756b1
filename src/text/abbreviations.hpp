// Abbreviations after which a sentence does not end ("Gen.", "U.S.", "a.m.").
//
// ICU's sentence rules alone break after every dot before a capital; this list is the check the
// segmenter applies to each such break: the whole word before the break (after any white space)
// is looked up, so "al." (of "et al.") holds no break after "deal." (ICU's own suppression filter
// matched word endings, and is not used). An abbreviation written in lower case ("a.m.", "p.m.")
// is not enough on its own to hold a break before a capitalised word: "at 9 a.m. The next day"
// is two sentences, "at 9 a.m. on Monday" one. A single capital letter with a dot is a middle
// initial ("Jeffrey M. Jones") unless a sentence opener follows it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::text {

class AbbreviationList {
public:
    // Entries are written without or with their final dot ("U.S" or "U.S."); empty ones are ignored.
    // `sentence_openers` ("He", "The"): after an abbreviation with an inner dot ("U.S.", "a.m."),
    // which can end a sentence, such a word starts a new one ("in the U.S. He said").
    explicit AbbreviationList(const std::vector<std::string>& abbreviations,
                              const std::vector<std::string>& sentence_openers = {});

    // True when the word that ends just before `boundary` (white space skipped) is an abbreviation
    // that holds the break. `boundary` is a byte offset into `text` at a code point boundary.
    bool holds_break(std::string_view text, std::size_t boundary) const;

private:
    struct Entry {
        std::string text;         // with the final dot
        bool lower_case = false;  // no capital letter in it
        bool operator<(const Entry& other) const { return text < other.text; }
    };

    const Entry* find(std::string_view word) const;

    bool opens_sentence(std::string_view text, std::size_t at) const;
    static bool first_initial(std::string_view text, std::size_t start, std::string_view word, std::size_t boundary);
    static bool middle_initial(std::string_view text, std::size_t start, std::string_view word);

    std::vector<std::string> openers_;  // sorted
    std::vector<Entry> sorted_;  // binary-searched: no allocation per lookup
    std::size_t longest_ = 0;    // bytes
};

}  // namespace claimcheck::text
