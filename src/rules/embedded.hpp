// The default rule pack (rules/en/*.yml), compiled into the binary by cmake/embed.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck {

struct EmbeddedFile {
    std::string_view name;  // "checks.yml"
    std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_rule_files();

}  // namespace claimcheck
