#include "document/text_builder.hpp"

#include <cstdint>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

namespace claimcheck {

namespace {

bool is_ascii(std::string_view run) {
    const char* p = run.data();
    std::size_t n = run.size();
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        if (word & kHigh) return false;
    }
    for (; n > 0; ++p, --n) {
        if (static_cast<unsigned char>(*p) & 0x80) return false;
    }
    return true;
}

const icu::Normalizer2* nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
}

}  // namespace

TextBuilder::TextBuilder(std::string& text, SourceMap& map) : text_(text), map_(map) {}

void TextBuilder::append_original(std::string_view run, std::size_t original_start) {
    if (run.empty()) return;
    if (!is_ascii(run)) {
        const icu::Normalizer2* normaliser = nfc();
        UErrorCode status = U_ZERO_ERROR;
        const icu::StringPiece piece(run.data(), static_cast<int32_t>(run.size()));
        if (normaliser != nullptr && !normaliser->isNormalizedUTF8(piece, status) &&
            U_SUCCESS(status)) {
            append_normalised(run, original_start);
            return;
        }
    }
    map_.add_piece({text_.size(), run.size(), original_start, run.size()});
    text_.append(run);
}

// Normalises with ICU's edit record so unchanged stretches keep byte-exact pieces and only the
// changed stretches become pieces whose lengths differ.
void TextBuilder::append_normalised(std::string_view run, std::size_t original_start) {
    const std::size_t text_start = text_.size();
    UErrorCode status = U_ZERO_ERROR;
    icu::Edits edits;
    icu::StringByteSink<std::string> sink(&text_);
    nfc()->normalizeUTF8(0, icu::StringPiece(run.data(), static_cast<int32_t>(run.size())), sink,
                         &edits, status);
    if (U_FAILURE(status)) {
        text_.resize(text_start);
        map_.add_piece({text_.size(), run.size(), original_start, run.size()});
        text_.append(run);
        return;
    }
    icu::Edits::Iterator it = edits.getCoarseIterator();
    while (it.next(status)) {
        map_.add_piece({text_start + static_cast<std::size_t>(it.destinationIndex()),
                        static_cast<std::size_t>(it.newLength()),
                        original_start + static_cast<std::size_t>(it.sourceIndex()),
                        static_cast<std::size_t>(it.oldLength())});
    }
}

void TextBuilder::append_replacement(std::string_view replacement, std::size_t original_start,
                                     std::size_t original_length) {
    if (replacement.empty()) return;
    map_.add_piece({text_.size(), replacement.size(), original_start, original_length});
    text_.append(replacement);
}

void TextBuilder::append_unmapped(std::string_view separator) {
    text_.append(separator);
}

void TextBuilder::trim_trailing_blanks(std::size_t floor) {
    std::size_t size = text_.size();
    while (size > floor && (text_[size - 1] == ' ' || text_[size - 1] == '\t'))
        --size;
    if (size == text_.size()) return;
    text_.resize(size);
    map_.truncate_text(size);
}

}  // namespace claimcheck
