// A repository's .claimcheck.yml: keys, types, severities, fail-on levels, the two size limits
// and the lexicon, alias and affiliation extensions (read, not applied to a pack).
#include "cli/config.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] { parse_config("newsroom/.claimcheck.yml", fuzz::input_string(data, size)); });
    return 0;
}
