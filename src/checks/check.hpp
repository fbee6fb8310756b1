// The check stage: each check of the rule pack turns the analysis into findings. A check's
// behaviour is a function registered under its id (one file per check in this folder); its
// severity, message template and parameters come from the rule pack.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analysis.hpp"
#include "checks/finding.hpp"
#include "document/document.hpp"
#include "rules/rulepack.hpp"
#include "text/segment.hpp"

namespace claimcheck {

struct CheckContext {
    const Document& doc;
    const Segmented& seg;
    const Analysis& analysis;
};

// Builds findings for one check: fills rule, severity and message from the pack's entry.
class FindingSink {
public:
    FindingSink(const Check& check, std::vector<Finding>& out) : check_(check), out_(out) {}
    const Check& check() const { return check_; }
    // `values` fill the message template's {placeholders}.
    void add(Span span, std::size_t sentence, const std::string& source,
             const std::map<std::string, std::string>& values, Severity severity);
    void add(Span span, std::size_t sentence, const std::string& source,
             const std::map<std::string, std::string>& values) {
        add(span, sentence, source, values, check_.severity);
    }
    // A numeric parameter of the check, or `fallback` when the pack does not set it.
    double number(const std::string& name, double fallback) const;
    std::string text(const std::string& name, const std::string& fallback) const;

private:
    const Check& check_;
    std::vector<Finding>& out_;
};

using CheckFunction = void (*)(const CheckContext&, FindingSink&);

// Every check the engine implements, by id.
const std::map<std::string, CheckFunction>& check_registry();

std::string render_message(const std::string& message, const std::map<std::string, std::string>& values);

// Runs the enabled checks of `pack` and returns their findings sorted by position, then rule.
std::vector<Finding> run_checks(const CheckContext& context, const RulePack& pack);
// By position in the text, then rule id: the order every report lists findings in.
void sort_findings(std::vector<Finding>& findings);

// Shared helpers for checks.
std::string text_of(const CheckContext& context, Span span);
std::string source_text(const CheckContext& context, const Attribution& attribution);
bool inside_quote(const CheckContext& context, Span span);

}  // namespace claimcheck
