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

#include <sstream>

#include "pipeline/pipeline.hpp"
#include "report/report_support.hpp"

namespace claimcheck::testing {

// "LINE:COL-END_LINE:END_COL rule: span text" for each finding, one line each: the positions
// the reports print, in the original file.
inline std::string finding_positions(const CheckedDocument& checked) {
    std::ostringstream out;
    for (const Finding& finding : checked.findings) {
        const auto [start, end] = original_range(checked.doc, finding.span);
        out << start.line << ':' << start.column << '-' << end.line << ':' << end.column << ' ' << finding.rule << ": "
            << finding.span.in(checked.doc.text) << '\n';
    }
    return out.str();
}

}  // namespace claimcheck::testing
