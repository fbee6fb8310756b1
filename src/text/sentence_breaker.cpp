#include "text/sentence_breaker.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "common/error.hpp"

namespace claimcheck::text {
namespace {

void check_icu(UErrorCode status, const char* step) {
    if (U_SUCCESS(status)) return;
    throw UserError(Location{"ICU"}, std::string("could not ") + step + " (" + u_errorName(status) +
                                         "): the ICU data library (libicu72) is missing or damaged; "
                                         "reinstall it");
}

// The plain English rules, with no suppressions: ICU's filtered iterator matches a suppression
// as the end of any word ("al." of "et al." held the break after "usual.", "deal." and every
// other word ending in "al."), and CLDR's list holds words that end sentences in news copy
// ("the Affordable Care Act.", "Joe."). AbbreviationList::holds_break matches whole words.
std::unique_ptr<icu::BreakIterator> build_sentence_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    check_icu(status, "create the English sentence break iterator");
    return base;
}

}  // namespace

SentenceBreaker::SentenceBreaker(const std::vector<std::string>& abbreviations,
                                 const std::vector<std::string>& sentence_openers)
    : abbreviations_(abbreviations, sentence_openers), prototype_(build_sentence_iterator()) {}

SentenceBreaker::~SentenceBreaker() = default;

SentenceBreaker::Run SentenceBreaker::start() const {
    std::unique_ptr<icu::BreakIterator> clone(prototype_->clone());
    if (!clone) check_icu(U_MEMORY_ALLOCATION_ERROR, "clone the sentence break iterator");
    return Run(std::move(clone), abbreviations_);
}

SentenceBreaker::Run::Run(std::unique_ptr<icu::BreakIterator> iterator, const AbbreviationList& abbreviations)
    : iterator_(std::move(iterator)), abbreviations_(&abbreviations) {}

SentenceBreaker::Run::~Run() = default;
SentenceBreaker::Run::Run(Run&&) noexcept = default;

void SentenceBreaker::Run::boundaries(std::string_view block, std::vector<std::size_t>& out) {
    out.clear();
    if (block.empty()) return;
    out.push_back(0);
    // ICU indexes UTF-16 with int32_t; a block that large cannot come from a real draft, and
    // treating it as one sentence is better than failing.
    if (block.size() >= static_cast<std::size_t>(std::numeric_limits<int32_t>::max() / 2)) {
        out.push_back(block.size());
        return;
    }

    utf16_.assign(block);
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUChars(&text, utf16_.units(), utf16_.length(), &status);
    iterator_->setText(&text, status);  // the iterator keeps a shallow clone: no copy of the units
    utext_close(&text);
    if (U_FAILURE(status)) {
        out.push_back(block.size());
        return;
    }

    iterator_->first();
    for (int32_t unit = iterator_->next(); unit != icu::BreakIterator::DONE; unit = iterator_->next()) {
        const std::size_t offset = utf16_.byte_offset(unit);
        if (offset >= block.size()) break;
        if (abbreviations_->holds_break(block, offset)) continue;
        out.push_back(offset);
    }
    add_breaks_before_figures(block, out);
    out.push_back(block.size());
}

namespace {

bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The dot at `dot` closes a word of three or more lower-case letters or digits ("speeds.",
// "2004."), not an initial or a short abbreviation ("p.", "No.").
bool closes_plain_word(std::string_view block, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && (ascii_lower(block[start - 1]) || ascii_digit(block[start - 1]))) --start;
    const bool word_starts = start == 0 || block[start - 1] == ' ' || block[start - 1] == '(';
    return dot - start >= 3 && word_starts;
}

}  // namespace

// ICU does not end a sentence before a word in lower case, and reads past a figure to find one:
// "fed up with slow speeds. 17% of readers switched" stays one sentence. A full stop after a
// plain word, then a space and a figure, ends it, unless the word is an abbreviation ("approx.").
void SentenceBreaker::Run::add_breaks_before_figures(std::string_view block, std::vector<std::size_t>& out) const {
    const std::size_t icu_breaks = out.size();
    for (std::size_t dot = block.find(". "); dot != std::string_view::npos; dot = block.find(". ", dot + 1)) {
        std::size_t next = dot + 1;
        while (next < block.size() && block[next] == ' ') ++next;
        if (next >= block.size() || !ascii_digit(block[next]) || !closes_plain_word(block, dot)) continue;
        if (abbreviations_->holds_break(block, next)) continue;
        if (std::binary_search(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(icu_breaks), next)) continue;
        out.push_back(next);
    }
    if (out.size() > icu_breaks) std::sort(out.begin(), out.end());
}

}  // namespace claimcheck::text
