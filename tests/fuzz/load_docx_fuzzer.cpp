// Word documents. An input that starts like a zip archive ("PK") is the .docx's bytes as they
// are: the package reader (libzip) and its limits. Any other input is the XML of the package's
// word/document.xml, packed into a valid package first, so that mutations reach the reading of
// paragraphs, runs, styles and tracked changes (pugixml) instead of failing the zip's checksums.
// Parts are limited to 1 MB here, so that a package declaring large parts exercises the limit
// without slowing every run.
#include "../document/docx_fixture.hpp"
#include "document/load.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    Limits limits;
    limits.max_file_size = std::uint64_t{1} << 20;
    std::string bytes = fuzz::input_string(data, size);
    if (!bytes.starts_with("PK"))
        bytes = testing::zip_bytes({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", bytes}});
    fuzz::allowing_user_errors([&] { fuzz::check_document(load_document("draft.docx", bytes, InputFormat::Docx, limits)); });
    return 0;
}
