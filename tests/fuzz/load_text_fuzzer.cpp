// Plain text drafts: validation (NUL bytes, UTF-16, ill-formed UTF-8), paragraphs and block roles.
#include "document/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    fuzz::allowing_user_errors([&] {
        fuzz::check_document(load_document("draft.txt", fuzz::input_string(data, size), InputFormat::Text));
    });
    return 0;
}
