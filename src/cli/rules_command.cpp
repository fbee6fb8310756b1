#include "cli/rules_command.hpp"

#include <algorithm>
#include <ostream>

#include <fmt/format.h>

#include "cli/attribution_examples.hpp"

namespace claimcheck {

void list_rules(std::ostream& out, const RulePack& pack) {
    std::size_t width = 2;
    for (const auto& check : pack.checks) width = std::max(width, check.id.size());
    for (const auto& check : pack.checks)
        out << fmt::format("{:<{}}  {:<7}  {}{}\n", check.id, width, severity_name(check.severity), check.summary,
                           check.enabled ? "" : " (disabled)");
}

bool explain_rule(std::ostream& out, const RulePack& pack, const std::string& id) {
    const Check* check = pack.check(id);
    if (!check) return false;
    out << check->id << " (" << severity_name(check->severity) << ")\n\n" << check->summary << "\n\n";
    out << "Standards: " << check->standard << "\n\n" << check->explain;
    if (!check->explain.empty() && check->explain.back() != '\n') out << '\n';
    if (!check->params.empty()) {
        out << "\nParameters:\n";
        for (const auto& [name, value] : check->params) out << "  " << name << ": " << value << '\n';
    }
    out << "\nFires on:\n";
    for (const auto& text : check->examples.fire) out << "  " << text << '\n';
    out << "\nDoes not fire on:\n";
    for (const auto& text : check->examples.pass) out << "  " << text << '\n';
    return true;
}

namespace {

struct Tally {
    int passed = 0;
    int failed = 0;
};

void report_failure(std::ostream& out, Tally& tally, const Location& where, const std::string& what) {
    ++tally.failed;
    out << format_location(where) << ": " << what << '\n';
}

std::string group_text(const Pattern& pattern, std::string_view text, const std::string& group) {
    const int n = pattern.re().NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n));
    if (!pattern.re().Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), n)) return "<no match>";
    const auto& names = pattern.re().NamedCapturingGroups();
    auto it = names.find(group);
    if (it == names.end() || groups[static_cast<std::size_t>(it->second)].data() == nullptr) return "<none>";
    return std::string(groups[static_cast<std::size_t>(it->second)]);
}

void test_pattern(std::ostream& out, Tally& tally, const Pattern& pattern) {
    for (const auto& example : pattern.match) {
        if (!RE2::PartialMatch(example.text, pattern.re())) {
            report_failure(out, tally, example.where, "pattern '" + pattern.id + "' does not match: " + example.text);
            continue;
        }
        bool ok = true;
        for (const auto& [group, expected] : example.expect) {
            std::string got = group_text(pattern, example.text, group);
            if (got != expected) {
                report_failure(out, tally, example.where,
                               "pattern '" + pattern.id + "' group '" + group + "' is '" + got + "', expected '" + expected + "'");
                ok = false;
            }
        }
        if (ok) ++tally.passed;
    }
    for (const auto& example : pattern.no_match) {
        if (RE2::PartialMatch(example.text, pattern.re()))
            report_failure(out, tally, example.where, "pattern '" + pattern.id + "' matches a no-match example: " + example.text);
        else
            ++tally.passed;
    }
}

std::size_t findings_of(const Engine& engine, const std::string& check, const std::string& text) {
    CheckedDocument result = check_example(engine, text);
    return static_cast<std::size_t>(std::count_if(result.findings.begin(), result.findings.end(),
                                                  [&](const Finding& finding) { return finding.rule == check; }));
}

Location example_location(const std::vector<Location>& places, std::size_t i, const Location& fallback) {
    return i < places.size() ? places[i] : fallback;
}

void test_check(std::ostream& out, Tally& tally, const Engine& engine, const Check& check) {
    const auto& examples = check.examples;
    for (std::size_t i = 0; i < examples.fire.size(); ++i) {
        if (findings_of(engine, check.id, examples.fire[i]) > 0) ++tally.passed;
        else report_failure(out, tally, example_location(examples.fire_where, i, examples.where),
                            "check '" + check.id + "' did not fire on: " + examples.fire[i]);
    }
    for (std::size_t i = 0; i < examples.pass.size(); ++i) {
        if (findings_of(engine, check.id, examples.pass[i]) == 0) ++tally.passed;
        else report_failure(out, tally, example_location(examples.pass_where, i, examples.where),
                            "check '" + check.id + "' fired on a pass example: " + examples.pass[i]);
    }
}

void test_attribution_examples(std::ostream& out, Tally& tally, const Engine& engine) {
    for (const AttributionExample& example : engine.pack().attribution_examples) {
        const std::string mismatch = attribution_mismatch(example.expect, find_attributions(engine, example.text));
        if (mismatch.empty()) ++tally.passed;
        else report_failure(out, tally, example.where, "attribution example: " + mismatch);
    }
}

}  // namespace

int test_rules(std::ostream& out, const Engine& engine) {
    Tally tally;
    for (const auto& pattern : engine.pack().patterns) test_pattern(out, tally, pattern);
    for (const auto& check : engine.pack().checks)
        if (check.enabled) test_check(out, tally, engine, check);
    test_attribution_examples(out, tally, engine);
    out << tally.passed << " passed, " << tally.failed << " failed\n";
    return tally.failed;
}

}  // namespace claimcheck
