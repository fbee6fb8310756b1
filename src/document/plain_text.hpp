// Front end for plain text drafts: blank lines separate groups of lines; a group of short
// lines is hard-wrapped prose (one block), a group with long lines is web copy with one
// paragraph per line (one block per line).
#pragma once

#include <cstddef>

#include "document/document.hpp"

namespace claimcheck {

// Lines longer than this (in code points) are not hard-wrapped prose.
constexpr int kHardWrapWidth = 80;
// A wrapped line fills most of the width; a shorter line before the last ends a paragraph of
// its own (a credit line such as "Image copyright AFP" followed by a caption line).
constexpr int kHardWrapMinimum = 40;
// A first line longer than this is the start of the story, not its headline.
constexpr int kHeadlineMaxWidth = 160;

// Adds the blocks of doc.original from byte `body_start` (after any byte order mark).
// The first block is the headline when it is one short line; the others are paragraphs.
void parse_plain_text(Document& doc, std::size_t body_start);

}  // namespace claimcheck
