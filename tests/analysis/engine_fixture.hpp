// A shared engine with the built-in pack (compiled once for the whole test run) and helpers to
// check drafts written in the tests or kept in samples/.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "document/load.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck::testing {

inline const Engine& builtin_engine() {
    static const Engine engine(load_builtin_pack());
    return engine;
}

inline CheckedDocument check_text(const std::string& text, InputFormat format = InputFormat::Markdown) {
    return builtin_engine().check(load_document("<test>", text, format));
}

inline CheckedDocument check_sample(const std::string& name) {
    return builtin_engine().check(load_file(std::string(CLAIMCHECK_SOURCE_DIR) + "/samples/" + name));
}

inline std::string span_text(const CheckedDocument& result, Span span) { return std::string(span.in(result.doc.text)); }

// "cue | source | entity | form" for each attribution, one line each.
inline std::string describe_attributions(const CheckedDocument& result) {
    std::ostringstream out;
    for (const auto& attribution : result.analysis.attributions) {
        out << span_text(result, attribution.cue) << " | "
            << (attribution.source ? span_text(result, *attribution.source) : std::string("-")) << " | "
            << (attribution.entity >= 0 ? result.analysis.entities[static_cast<std::size_t>(attribution.entity)].name : std::string("-"))
            << " | " << attribution_form_name(attribution.form) << '\n';
    }
    return out.str();
}

// "line rule: span" for each finding, one line each.
inline std::string describe_findings(const CheckedDocument& result) {
    std::ostringstream out;
    for (const auto& finding : result.findings)
        out << result.doc.map.position(finding.span.start).line << ' ' << finding.rule << ": " << span_text(result, finding.span) << '\n';
    return out.str();
}

}  // namespace claimcheck::testing
