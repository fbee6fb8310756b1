// Front end for HTML drafts and pages (HTML5 parsing via gumbo). Only the story's prose reaches
// Document::text: scripts, styles, navigation, page headers and footers, asides, forms, tables,
// code and media are skipped; character references are decoded and mapped to their source.
// Blocks: <p>, <h1>…<h6> (an <h1> that is the first block is the headline, as `#` is in
// Markdown), <li>, <blockquote>, <figcaption> (a caption); text outside them (in a <div>, say)
// is a paragraph of its own. Comments never reach the text.
#pragma once

#include <cstddef>

#include "document/document.hpp"

namespace claimcheck {

// Adds the blocks of doc.original from byte `body_start` (after any byte order mark). Throws
// UserError at the element that nests deeper than kMaxHtmlDepth (html_depth.hpp), or if gumbo
// cannot parse the file (out of memory, or a file over 4 GiB).
void parse_html(Document& doc, std::size_t body_start);

}  // namespace claimcheck
