// What every fuzz target shares: the input as a string, the one outcome that is expected besides
// success (a UserError: bad input reported with its location), and invariants of a loaded
// Document whose violation is a bug even when nothing crashes. Anything else — a crash, another
// exception type, a sanitizer report, a leak, a timeout — stops libFuzzer and is a bug.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/error.hpp"
#include "document/document.hpp"

namespace claimcheck::fuzz {

inline std::string input_string(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs `body`; a UserError is bad input the tool reports, so it is swallowed here. Its
// location must still be sane (the CLI prints it as FILE:LINE:COL).
template <typename Body>
void allowing_user_errors(Body&& body) {
    try {
        body();
    } catch (const UserError& error) {
        if (error.where().line < 0 || error.where().column < 0) {
            std::fprintf(stderr, "UserError with a negative location: %s\n", error.what());
            std::abort();
        }
    }
}

inline void require(bool holds, const char* what) {
    if (holds) return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

// Every block lies inside the analysed text, blocks come in order, and every block boundary maps
// back into the original bytes at a 1-based line and column.
inline void check_document(const Document& doc) {
    std::size_t previous_end = 0;
    for (const Block& block : doc.blocks) {
        require(block.span.start <= block.span.end, "a block ends before it starts");
        require(block.span.end <= doc.text.size(), "a block ends past the analysed text");
        require(block.span.start >= previous_end, "blocks overlap or are out of order");
        previous_end = block.span.end;
        for (const bool is_end : {false, true}) {
            const std::size_t offset = is_end ? block.span.end : block.span.start;
            require(doc.map.original_offset(offset, is_end) <= doc.original.size(), "a block maps past the original");
            const Position position = doc.map.position(offset, is_end);
            require(position.line >= 1 && position.column >= 1, "a block maps to line or column 0");
        }
    }
}

}  // namespace claimcheck::fuzz
