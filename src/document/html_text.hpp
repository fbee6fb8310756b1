// Maps the text of one HTML text node, as gumbo decoded it, back to the bytes it came from.
// gumbo gives the decoded text and the original slice but no map between them: character
// references, CR LF pairs and collapsed blanks make the two differ in length, and findings must
// point at the original file's line and column.
#pragma once

#include <cstddef>
#include <string_view>

#include "document/block_builder.hpp"

namespace claimcheck {

// Appends `decoded` to `out` piece by piece: runs equal in both are copied with exact offsets,
// a character reference becomes a replacement mapped to the whole reference, a run of blanks
// becomes one space (a line break when it holds one), and markup gumbo left out of the node
// (a stray end tag) is omitted. `original` starts at byte `original_start` of the file. Where
// the two cannot be lined up any more, the rest is mapped as one replacement: the text is
// always gumbo's, only the map gets coarser.
void append_html_text(BlockBuilder& out, std::string_view decoded, std::string_view original,
                      std::size_t original_start);

}  // namespace claimcheck
