#include "cli/baseline.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "document/load.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

constexpr int kBaselineVersion = 1;

BaselineKey key_of(const CheckedDocument& checked, const Finding& finding) {
    const Span sentence = sentence_span(checked, finding.sentence).value_or(finding.span);
    return BaselineKey{finding.rule, checked.doc.path, std::string(span_text(checked.doc, sentence))};
}

[[noreturn]] void not_a_baseline(const std::string& path, const std::string& why) {
    throw UserError(Location{path, 1, 1}, "not a claimcheck baseline (" + why +
                                              "): write one with `claimcheck check --write-baseline FILE`");
}

}  // namespace

Baseline Baseline::read(const std::string& path) {
    const std::string text = read_file_bytes(path);
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& error) {
        throw UserError(location_at_byte(path, text, error.byte > 0 ? error.byte - 1 : 0),
                        "the baseline is not valid JSON: write it again with `claimcheck check --write-baseline FILE`");
    }
    if (!value.is_object() || value.value("version", 0) != kBaselineVersion || !value.contains("findings") ||
        !value["findings"].is_array())
        not_a_baseline(path, "it needs \"version\": 1 and a \"findings\" list");
    Baseline baseline;
    for (const nlohmann::json& entry : value["findings"]) {
        if (!entry.is_object() || !entry.value("rule", nlohmann::json()).is_string() ||
            !entry.value("path", nlohmann::json()).is_string() || !entry.value("sentence", nlohmann::json()).is_string())
            not_a_baseline(path, "every finding needs a rule, a path and a sentence");
        const BaselineKey key{entry["rule"], entry["path"], entry["sentence"]};
        baseline.counts_[key] += entry.value("count", std::size_t{1});
    }
    return baseline;
}

std::size_t Baseline::filter(CheckedDocument& checked) const {
    const std::size_t before = checked.findings.size();
    std::map<BaselineKey, std::size_t> used;
    std::erase_if(checked.findings, [&](const Finding& finding) {
        BaselineKey key = key_of(checked, finding);
        const auto found = counts_.find(key);
        if (found == counts_.end()) return false;
        std::size_t& taken = used[std::move(key)];
        if (taken == found->second) return false;
        ++taken;
        return true;
    });
    return before - checked.findings.size();
}

void Baseline::add(const CheckedDocument& checked) {
    for (const Finding& finding : checked.findings) ++counts_[key_of(checked, finding)];
}

void Baseline::write(const std::string& path) const {
    nlohmann::ordered_json out;
    out["version"] = kBaselineVersion;
    out["findings"] = nlohmann::ordered_json::array();
    for (const auto& [key, count] : counts_) {
        nlohmann::ordered_json entry;
        entry["rule"] = key.rule;
        entry["path"] = key.path;
        entry["sentence"] = key.sentence;
        entry["count"] = count;
        out["findings"].push_back(std::move(entry));
    }
    std::ofstream file(path, std::ios::binary);
    file << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    if (!file.flush()) throw UserError(Location{path}, "cannot write the baseline here: check the folder exists and is writable");
}

}  // namespace claimcheck
