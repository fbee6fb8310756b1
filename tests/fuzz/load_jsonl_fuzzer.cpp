// JSON Lines archives: the line reader (with a record limit) and each record's decoding, as the
// CLI's document feed does it: a bad record is an error of its own and the next one is read.
#include <sstream>

#include "document/jsonl.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    Limits limits;
    limits.max_file_size = 4096;  // small, so that some records of the corpus are over it
    std::istringstream in(fuzz::input_string(data, size));
    JsonlReader reader(in, limits.max_file_size);
    JsonlRecord record;
    while (reader.next(record))
        fuzz::allowing_user_errors(
            [&] { fuzz::check_document(load_jsonl_record("archive.jsonl", record, JsonlFields{}, limits)); });
    return 0;
}
