// What a check reports: one finding per problem, pointing at an exact span.
#pragma once

#include <cstddef>
#include <string>

#include "common/span.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck {

struct Finding {
    std::string rule;
    Severity severity = Severity::Warning;
    std::string message;
    Span span;                 // into Document::text: what the editor should look at
    std::size_t sentence = 0;  // index into Segmented::sentences
    std::string source;        // the source's text as written, or empty
};

}  // namespace claimcheck
