// Decodes the HTML character references Markdown allows in text (&amp; &#8217; &#x2019;).
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// Appends the UTF-8 for `reference` (including '&' and ';') to `out` and returns true; returns
// false (leaving `out` alone) for a named reference the table does not know. Numeric
// references to NUL, surrogates or beyond U+10FFFF decode to U+FFFD as CommonMark requires.
bool decode_entity(std::string_view reference, std::string& out);

}  // namespace claimcheck
