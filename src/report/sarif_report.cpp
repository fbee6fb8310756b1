// `--format sarif`: a SARIF 2.1.0 log (OASIS) for code-scanning tools. One run; the rules are
// the pack's checks, with the check's explanation and standard as help; every finding is a
// result whose region gives line/column (columns in code points, stated by columnKind) as well
// as character and byte offsets into the original file.
#include <map>
#include <ostream>
#include <string>

#include "report/escape.hpp"
#include "report/json_report.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

using nlohmann::ordered_json;

namespace {

// The $id of the OASIS schema that tests/schema/sarif-2.1.0.schema.json holds.
constexpr std::string_view kSarifSchema =
    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

// By Severity (info, warning, error). SARIF has no "info": a note is its lowest level that
// still shows as a result.
constexpr const char* kLevels[] = {"note", "warning", "error"};

const char* sarif_level(Severity severity) { return kLevels[static_cast<int>(severity)]; }

ordered_json message(std::string_view text) { return ordered_json{{"text", valid_utf8(text)}}; }

std::string help_text(const Check& check) {
    std::string text = rule_explanation(check);
    if (!check.standard.empty()) text += "\n\nStandard: " + check.standard;
    return text;
}

// Paragraphs stay paragraphs; inside one, the pack's line wrapping is only white space.
std::string help_markdown(const Check& check) {
    const std::string text = rule_explanation(check);
    std::string out;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find("\n\n", start), text.size());
        if (!out.empty()) out += "\n\n";
        out += markdown_text(std::string_view(text).substr(start, end - start));
        start = end + 2;
    }
    if (!check.standard.empty()) out += "\n\n**Standard:** " + markdown_text(check.standard);
    return out;
}

ordered_json rule_descriptor(const Check& check) {
    ordered_json rule;
    rule["id"] = check.id;
    rule["name"] = check.id;
    if (!check.summary.empty()) rule["shortDescription"] = message(check.summary);
    if (!check.explain.empty()) rule["fullDescription"] = message(rule_explanation(check));
    rule["help"] = {{"text", valid_utf8(help_text(check))}, {"markdown", valid_utf8(help_markdown(check))}};
    rule["defaultConfiguration"] = {{"enabled", check.enabled}, {"level", sarif_level(check.severity)}};
    if (!check.standard.empty()) rule["properties"] = {{"standard", valid_utf8(check.standard)}};
    return rule;
}

// The pack's checks in pack order, then any rule a finding names that the pack lacks (a
// hand-built result in a test, say: known by its id alone), so that every result's ruleIndex
// points at its rule.
struct RuleTable {
    ordered_json descriptors = ordered_json::array();
    std::map<std::string, std::size_t> index;

    void add(const std::string& id, ordered_json descriptor) {
        if (index.contains(id)) return;
        index[id] = descriptors.size();
        descriptors.push_back(std::move(descriptor));
    }
};

RuleTable rule_table(const std::vector<CheckedDocument>& documents, const RulePack& pack) {
    RuleTable table;
    for (const Check& check : pack.checks) table.add(check.id, rule_descriptor(check));
    for (const CheckedDocument& checked : documents) {
        for (const Finding& finding : checked.findings) {
            if (!pack.check(finding.rule)) table.add(finding.rule, {{"id", finding.rule}, {"name", finding.rule}});
        }
    }
    return table;
}

// `chars` counts from the file's start to each finding's start, which only moves forwards
// (findings come sorted by position); a span's own length is counted on its own bytes, since
// one finding's end may lie beyond the next one's start.
ordered_json region(const CheckedDocument& checked, const Finding& finding, CodePointCounter& chars) {
    const OriginalRange range = original_range(checked.doc, finding.span);
    const std::size_t char_start = chars.at(range.start.byte);
    const std::size_t byte_length = range.end.byte - range.start.byte;
    const std::string_view bytes = std::string_view(checked.doc.original).substr(range.start.byte, byte_length);
    const std::size_t char_end = char_start + CodePointCounter(bytes).at(byte_length);
    ordered_json out;
    out["startLine"] = range.start.line;
    out["startColumn"] = range.start.column;
    out["endLine"] = range.end.line;
    out["endColumn"] = range.end.column;
    out["charOffset"] = char_start;
    out["charLength"] = char_end - char_start;
    out["byteOffset"] = range.start.byte;
    out["byteLength"] = byte_length;
    out["snippet"] = message(span_text(checked.doc, finding.span));
    return out;
}

ordered_json result(const CheckedDocument& checked, std::size_t artifact, const Finding& finding,
                    const RuleTable& rules, CodePointCounter& chars) {
    ordered_json physical;
    physical["artifactLocation"] = {{"uri", uri_path(checked.doc.path)}, {"index", artifact}};
    physical["region"] = region(checked, finding, chars);
    if (const std::optional<Span> sentence = finding_sentence(checked, finding)) {
        physical["contextRegion"] = {{"snippet", message(span_text(checked.doc, *sentence))}};
        const OriginalRange range = original_range(checked.doc, *sentence);
        physical["contextRegion"]["startLine"] = range.start.line;
        physical["contextRegion"]["endLine"] = range.end.line;
    }
    ordered_json out;
    out["ruleId"] = finding.rule;
    out["ruleIndex"] = rules.index.at(finding.rule);
    out["level"] = sarif_level(finding.severity);
    out["message"] = message(finding.message);
    out["locations"] = ordered_json::array({{{"physicalLocation", physical}}});
    if (!finding.source.empty()) out["properties"] = {{"source", valid_utf8(finding.source)}};
    return out;
}

ordered_json artifact(const CheckedDocument& checked) {
    ordered_json out;
    out["location"] = {{"uri", uri_path(checked.doc.path)}};
    out["length"] = checked.doc.original.size();
    out["encoding"] = "utf-8";
    return out;
}

ordered_json run(const std::vector<CheckedDocument>& documents, const RulePack& pack, const ReportOptions& options) {
    const RuleTable rules = rule_table(documents, pack);
    ordered_json driver;
    driver["name"] = "claimcheck";
    driver["version"] = tool_version(options);
    driver["rules"] = rules.descriptors;
    ordered_json out;
    out["tool"]["driver"] = driver;
    out["artifacts"] = ordered_json::array();
    out["results"] = ordered_json::array();
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const CheckedDocument& checked = documents[i];
        out["artifacts"].push_back(artifact(checked));
        CodePointCounter chars(checked.doc.original);
        for (const Finding& finding : checked.findings) out["results"].push_back(result(checked, i, finding, rules, chars));
    }
    out["columnKind"] = "unicodeCodePoints";
    return out;
}

}  // namespace

void write_sarif_report(std::ostream& out, const std::vector<CheckedDocument>& documents, const RulePack& pack,
                        const ReportOptions& options) {
    ordered_json log;
    log["$schema"] = kSarifSchema;
    log["version"] = "2.1.0";
    log["runs"] = ordered_json::array({run(documents, pack, options)});
    write_json(out, log);
}

}  // namespace claimcheck
