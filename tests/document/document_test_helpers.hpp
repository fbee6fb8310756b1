// Small helpers shared by the load-stage tests.
#pragma once

#include <string>
#include <vector>

#include "document/document.hpp"

namespace claimcheck::testing {

inline std::vector<std::string> block_texts(const Document& doc) {
    std::vector<std::string> out;
    for (const Block& block : doc.blocks)
        out.emplace_back(block.span.in(doc.text));
    return out;
}

inline std::vector<std::string> block_kinds(const Document& doc) {
    std::vector<std::string> out;
    for (const Block& block : doc.blocks)
        out.emplace_back(block_kind_name(block.kind));
    return out;
}

// Text offset of the first occurrence of `needle` in the analysed text (npos when absent).
inline std::size_t text_offset(const Document& doc, const std::string& needle) {
    return doc.text.find(needle);
}

}  // namespace claimcheck::testing
