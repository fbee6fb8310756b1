// Front end for Word documents (.docx: a zip package via libzip, its XML via pugixml).
//
// A .docx has no lines, so the Document's `original` is the text of the body's paragraphs, one
// per line, in document order (empty paragraphs and those in table cells count, though tables
// are not checked): a finding's line is the paragraph number and its column the code point in
// that paragraph, and byte offsets refer to that text. Tracked changes read as accepted
// (insertions kept, deletions dropped); footnotes, endnotes, comments, text boxes, field codes
// and drawings are left out. Paragraph styles give the block kinds: Title is the headline (so
// is Heading 1 when it comes first), other headings are headings, Caption a caption, Quote and
// Intense Quote block quotes, numbered and List Paragraph paragraphs list items.
#pragma once

#include <cstdint>
#include <string>

#include "document/document.hpp"

namespace claimcheck {

// Throws UserError naming `path` for a file that is not a Word document, a damaged package or
// malformed XML (with the part's line and column), or a part that unpacks to more than
// `max_part_size` bytes (checked against the size the package declares before anything is
// unpacked, and again while unpacking: a zip bomb is refused, never inflated). Text that is not
// UTF-8 is replaced and reported, as in the other formats (Document::problems).
Document load_docx(std::string path, const std::string& bytes, std::uint64_t max_part_size);

}  // namespace claimcheck
