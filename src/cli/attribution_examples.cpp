#include "cli/attribution_examples.hpp"

#include <string_view>

#include "document/load.hpp"

namespace claimcheck {

namespace {

// A text as a YAML flow scalar: plain when YAML would read it back unchanged, else single-quoted,
// so that a found attribution can be compared with (and read like) the line in the rule file.
std::string yaml_text(std::string_view text) {
    const bool plain = !text.empty() && text.front() != ' ' && text.back() != ' ' && text != "null" && text != "~" &&
                       text.find_first_of(",:[]{}#&*!|>'\"%@`") == std::string_view::npos;
    if (plain) return std::string(text);
    std::string quoted = "'";
    for (char c : text) {
        quoted += c;
        if (c == '\'') quoted += '\'';
    }
    return quoted + "'";
}

// One piece is written as a string, as the rule file allows; several (or none) as a list.
std::string yaml_pieces(const std::vector<std::string>& pieces) {
    if (pieces.size() == 1) return yaml_text(pieces.front());
    std::string out = "[";
    for (const std::string& piece : pieces) out += (out.size() > 1 ? ", " : "") + yaml_text(piece);
    return out + "]";
}

// A found attribution as an expectation with every key given: the two sides of a mismatch are
// then written by the same function.
ExpectedAttribution as_expected(const FoundAttribution& found) {
    ExpectedAttribution all;
    all.cue = found.cue;
    all.has_source = true;
    all.source = found.source;
    all.content = found.content;
    all.form = found.form;
    return all;
}

std::string describe(const ExpectedAttribution& attribution) {
    std::string out = "{cue: " + yaml_text(attribution.cue);
    if (attribution.has_source) out += ", source: " + (attribution.source ? yaml_text(*attribution.source) : "null");
    if (attribution.content) out += ", content: " + yaml_pieces(*attribution.content);
    if (attribution.form) out += ", form: " + *attribution.form;
    return out + "}";
}

template <typename T, typename Describe>
std::string describe_list(const std::vector<T>& items, Describe describe_one) {
    std::string out = "[";
    for (const T& item : items) out += (out.size() > 1 ? ", " : "") + describe_one(item);
    return out + "]";
}

bool matches(const ExpectedAttribution& expected, const FoundAttribution& found) {
    return expected.cue == found.cue && (!expected.has_source || expected.source == found.source) &&
           (!expected.content || *expected.content == found.content) && (!expected.form || *expected.form == found.form);
}

}  // namespace

CheckedDocument check_example(const Engine& engine, const std::string& text) {
    return engine.check(load_document("<example>", text, InputFormat::Markdown));
}

std::vector<FoundAttribution> find_attributions(const Engine& engine, const std::string& text) {
    const CheckedDocument result = check_example(engine, text);
    const auto text_of = [&](Span span) { return std::string(span.in(result.doc.text)); };
    std::vector<FoundAttribution> found;
    for (const Attribution& attribution : result.analysis.attributions) {
        FoundAttribution item;
        item.cue = text_of(attribution.cue);
        if (attribution.source) item.source = text_of(*attribution.source);
        for (const Span& piece : attribution.content) item.content.push_back(text_of(piece));
        item.form = attribution_form_name(attribution.form);
        found.push_back(std::move(item));
    }
    return found;
}

std::string attribution_mismatch(const std::vector<ExpectedAttribution>& expected,
                                 const std::vector<FoundAttribution>& found) {
    bool same = expected.size() == found.size();
    for (std::size_t i = 0; same && i < expected.size(); ++i) same = matches(expected[i], found[i]);
    if (same) return {};
    return "expected " + describe_list(expected, describe) + ", found " +
           describe_list(found, [](const FoundAttribution& item) { return describe(as_expected(item)); });
}

}  // namespace claimcheck
