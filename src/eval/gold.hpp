// Reads a gold corpus for `claimcheck eval`: JSON Lines, one article per line,
//   {"id": "...", "text": "...", "attributions": [{"cue": [[s, e]], "source": [[s, e], ...],
//    "content": [[s, e], ...], "implicit_source": false}]}
// with UTF-8 byte offsets into "text", end exclusive. Everything is validated here, so the
// scorer can trust every offset: a bad line stops the run with FILE:LINE:COL and what to fix.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eval/attribution_spans.hpp"

namespace claimcheck {

struct GoldArticle {
    std::string id;
    std::string text;
    std::vector<AttributionSpans> attributions;
    int line = 0;  // the line of the gold file it was read from (1-based)
    bool annotated = true;  // false when the line has no "attributions" (only flag rates use it)
};

// Parses the contents of a gold file; `path` is only used in error messages. Blank lines are
// skipped; unknown keys are ignored, so a corpus may carry fields of its own; an article with no
// "attributions" key is read as not annotated (news text to measure flag rates on). Throws UserError
// naming the line (and, for JSON syntax, the column) of the first problem: a line that is not a
// JSON object, a missing or mistyped field, a repeated id, an offset pair that is reversed, past
// the end of the text or inside a multi-byte character, or a file with no article at all.
std::vector<GoldArticle> parse_gold(std::string_view jsonl, const std::string& path);

// Reads and parses the gold file at `path` ("-" reads standard input).
std::vector<GoldArticle> read_gold_file(const std::string& path);

}  // namespace claimcheck
