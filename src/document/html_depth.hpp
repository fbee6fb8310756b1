// How deep an HTML page nests its elements, measured before gumbo parses it. gumbo 0.10 has no
// depth limit, and for each tag it scans its stack of open elements: a page of 100,000 nested
// <div>s takes a minute and a half, a million would take hours. Browsers show at most 512
// levels (deeper elements become siblings); a story page needs a few dozen.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimcheck {

inline constexpr std::size_t kMaxHtmlDepth = 1'000;

// The byte offset in `html` of the start tag that opens element number `max_depth + 1` on the
// stack of open elements, or nullopt when the page stays within `max_depth`.
//
// The stack is kept roughly as a browser keeps it: void elements (<br>, <img> …) and those whose
// end tag may be left out and that cannot nest without another element between (<p>, <li>,
// <td>, <option> …) are not counted; an end tag closes the innermost open element of its name
// and those opened after it, unless a scope boundary (<table>, <td>, <object> …) stands between
// them, as the HTML standard says; `/>` closes an element only inside <svg> or <math>. Comments,
// doctype and the text of <script>, <style>, <textarea>, <title> … are skipped.
std::optional<std::size_t> html_depth_overflow(std::string_view html, std::size_t max_depth = kMaxHtmlDepth);

}  // namespace claimcheck
