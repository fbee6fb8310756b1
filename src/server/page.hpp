// The web page of `claimcheck serve` (src/server/page/), compiled into the binary by
// cmake/embed.cmake so that the server never reads a file.
#pragma once

#include <string_view>
#include <vector>

#include "rules/embedded.hpp"

namespace claimcheck {

const std::vector<EmbeddedFile>& embedded_page_files();

}  // namespace claimcheck
