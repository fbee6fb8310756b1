// Sentence boundaries of one block: ICU's English sentence rules, with the breaks after the pack's
// abbreviations held by AbbreviationList (text/abbreviations.hpp).
//
// The ICU iterator is built once (its rules are costly to set up) and each
// segment() call clones it into a Run, which also owns the reusable UTF-16 buffers. A Run is
// used by one thread; the SentenceBreaker itself is only read after construction.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

#include "text/abbreviations.hpp"
#include "text/utf16_block.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace claimcheck::text {

class SentenceBreaker {
public:
    // Throws UserError when ICU cannot build the iterator (missing ICU data).
    explicit SentenceBreaker(const std::vector<std::string>& abbreviations,
                             const std::vector<std::string>& sentence_openers = {});
    ~SentenceBreaker();
    SentenceBreaker(const SentenceBreaker&) = delete;
    SentenceBreaker& operator=(const SentenceBreaker&) = delete;

    class Run {
    public:
        Run(std::unique_ptr<icu::BreakIterator> iterator, const AbbreviationList& abbreviations);
        ~Run();
        Run(Run&&) noexcept;
        Run& operator=(Run&&) = delete;

        // Replaces `out` with the sentence boundaries of `block` as byte offsets into it,
        // ascending: 0, the breaks ICU keeps, block.size(). Empty for an empty block.
        void boundaries(std::string_view block, std::vector<std::size_t>& out);

    private:
        void add_breaks_before_figures(std::string_view block, std::vector<std::size_t>& out) const;

        std::unique_ptr<icu::BreakIterator> iterator_;
        const AbbreviationList* abbreviations_;
        Utf16Block utf16_;
    };

    // A fresh iterator for one document. Safe to call from several threads at once.
    Run start() const;

private:
    AbbreviationList abbreviations_;
    std::unique_ptr<icu::BreakIterator> prototype_;
};

}  // namespace claimcheck::text
