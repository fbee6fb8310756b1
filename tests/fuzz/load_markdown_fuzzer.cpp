// Markdown drafts: front matter, md4c blocks, inline markup, HTML comments and entities.
#include "document/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] {
        fuzz::check_document(load_document("draft.md", fuzz::input_string(data, size), InputFormat::Markdown));
    });
    return 0;
}
