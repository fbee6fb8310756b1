#include "checks/check.hpp"

#include <algorithm>
#include <charconv>

namespace claimcheck {

void FindingSink::add(Span span, std::size_t sentence, const std::string& source,
                      const std::map<std::string, std::string>& values, Severity severity) {
    Finding finding;
    finding.rule = check_.id;
    finding.severity = severity;
    std::map<std::string, std::string> all = values;
    all.emplace("source", source);
    finding.message = render_message(check_.message, all);
    finding.span = span;
    finding.sentence = sentence;
    finding.source = source;
    out_.push_back(std::move(finding));
}

double FindingSink::number(const std::string& name, double fallback) const {
    auto it = check_.params.find(name);
    if (it == check_.params.end()) return fallback;
    double value = fallback;
    auto [end, error] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    return error == std::errc() ? value : fallback;
}

std::string FindingSink::text(const std::string& name, const std::string& fallback) const {
    auto it = check_.params.find(name);
    return it == check_.params.end() ? fallback : it->second;
}

std::string render_message(const std::string& message, const std::map<std::string, std::string>& values) {
    std::string out;
    out.reserve(message.size() + 32);
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] == '{') {
            std::size_t close = message.find('}', i);
            if (close != std::string::npos) {
                auto it = values.find(message.substr(i + 1, close - i - 1));
                if (it != values.end()) {
                    out += it->second;
                    i = close;
                    continue;
                }
            }
        }
        out += message[i];
    }
    return out;
}

std::string text_of(const CheckContext& context, Span span) { return std::string(span.in(context.doc.text)); }

std::string source_text(const CheckContext& context, const Attribution& attribution) {
    return attribution.source ? text_of(context, *attribution.source) : std::string();
}

bool inside_quote(const CheckContext& context, Span span) {
    return std::any_of(context.seg.quotes.begin(), context.seg.quotes.end(),
                       [&](const Quote& quote) { return quote.inner.contains(span) && !span.empty(); });
}

std::vector<Finding> run_checks(const CheckContext& context, const RulePack& pack) {
    std::vector<Finding> findings;
    const auto& registry = check_registry();
    for (const auto& check : pack.checks) {
        if (!check.enabled) continue;
        auto it = registry.find(check.id);
        if (it == registry.end()) continue;  // validated when the pack is loaded into the engine
        FindingSink sink(check, findings);
        it->second(context, sink);
    }
    sort_findings(findings);
    return findings;
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.span.start != b.span.start) return a.span.start < b.span.start;
        return a.rule < b.rule;
    });
}

}  // namespace claimcheck
