// The rule-pack loader on one YAML file: parsing and validation (keys, types, duplicates,
// examples), {{name}} expansion, verb inflection, and RE2 compilation of patterns, triggers and
// block roles with the memory limit.
#include "fuzz_support.hpp"
#include "rules/rulepack.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] { load_rule_pack("fuzz", {RuleFile{"fuzz.yml", fuzz::input_string(data, size)}}); });
    return 0;
}
