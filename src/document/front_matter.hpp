// YAML front matter of static-site stories. md4c does not know it, so the loader skips it
// before parsing (its keys are metadata, not prose).
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck {

// Offset just past the front matter ("---" alone on the first line, closed by a line that is
// "---" or "...") that starts at `start`, or `start` when there is none.
std::size_t skip_front_matter(std::string_view bytes, std::size_t start);

}  // namespace claimcheck
