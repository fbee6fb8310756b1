// Front end for Markdown drafts (CommonMark via md4c, plus tables, which are skipped). Only
// prose reaches Document::text: code, raw HTML (comments too), link destinations, autolinked
// URLs and images stay out; entities are decoded and mapped to their source.
#pragma once

#include <cstddef>

#include "document/document.hpp"

namespace claimcheck {

// Adds the blocks of doc.original from byte `body_start` (after any byte order mark and front
// matter). Throws UserError if md4c fails (out of memory, or a file over 4 GiB).
void parse_markdown(Document& doc, std::size_t body_start);

}  // namespace claimcheck
