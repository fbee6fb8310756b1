// Helpers for the rule-pack tests: load YAML written in the test, or get the exact error text.
#pragma once

#include <string>
#include <vector>

#include "rules/rulepack.hpp"

namespace claimcheck::testing {

inline RulePack load_yaml(const std::string& yaml) { return load_rule_pack("test", {RuleFile{"test.yml", yaml}}); }

// "FILE:LINE:COL: message" of the UserError the files raise, or "no error".
inline std::string load_error(const std::vector<RuleFile>& files) {
    try {
        load_rule_pack("test", files);
    } catch (const UserError& error) {
        return error.what();
    }
    return "no error";
}

inline std::string load_error(const std::string& yaml) { return load_error({RuleFile{"test.yml", yaml}}); }

}  // namespace claimcheck::testing
