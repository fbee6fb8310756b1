// HTML drafts: the nesting depth check, gumbo, block tags, comments and character references.
#include "document/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] {
        fuzz::check_document(load_document("draft.html", fuzz::input_string(data, size), InputFormat::Html));
    });
    return 0;
}
