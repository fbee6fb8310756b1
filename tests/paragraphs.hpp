// The paragraphs of a draft from samples/ (split at blank lines), for the programs that build
// other inputs from the samples: the stage benchmarks' stories and the fuzzers' seeds.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck::testing {

inline std::vector<std::string> paragraphs_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find("\n\n", at);
        if (end == std::string::npos) end = text.size();
        if (end > at) out.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return out;
}

}  // namespace claimcheck::testing
