// Appends runs of the original file to Document::text and records where each came from in the
// SourceMap. Runs are NFC-normalised on the way in; the common case (ASCII or already NFC) is a
// plain copy with one byte-for-byte piece.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "document/document.hpp"

namespace claimcheck {

class TextBuilder {
public:
    TextBuilder(std::string& text, SourceMap& map);

    // `run` is a slice of the original file that starts at byte `original_start`.
    void append_original(std::string_view run, std::size_t original_start);
    // Text that stands for original bytes it does not copy: a decoded entity, the space that
    // replaces a line break.
    void append_replacement(std::string_view replacement, std::size_t original_start,
                            std::size_t original_length);
    // Text with no origin: the "\n\n" between blocks.
    void append_unmapped(std::string_view separator);
    // Drops trailing spaces and tabs, but never below `floor`.
    void trim_trailing_blanks(std::size_t floor);

    std::size_t size() const { return text_.size(); }

private:
    void append_normalised(std::string_view run, std::size_t original_start);

    std::string& text_;
    SourceMap& map_;
};

}  // namespace claimcheck
