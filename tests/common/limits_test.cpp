#include <doctest/doctest.h>

#include "common/limits.hpp"

using namespace claimcheck;

TEST_CASE("limits: sizes are bytes or K, M, G (powers of 1024), with or without B, in any case") {
    CHECK(parse_byte_size("1048576") == 1048576u);
    CHECK(parse_byte_size("64MB") == 64u << 20);
    CHECK(parse_byte_size("64 MB") == 64u << 20);
    CHECK(parse_byte_size("64m") == 64u << 20);
    CHECK(parse_byte_size("512K") == 512u << 10);
    CHECK(parse_byte_size("2GB") == std::uint64_t{2} << 30);
    CHECK(parse_byte_size("100b") == 100u);
    CHECK(parse_byte_size("0") == std::nullopt);
    CHECK(parse_byte_size("") == std::nullopt);
    CHECK(parse_byte_size("MB") == std::nullopt);
    CHECK(parse_byte_size("-1") == std::nullopt);
    CHECK(parse_byte_size("64 TB") == std::nullopt);
    CHECK(parse_byte_size("1.5GB") == std::nullopt);
    CHECK(parse_byte_size("64  MB") == std::nullopt);
    CHECK(parse_byte_size("99999999999999999999") == std::nullopt);
    CHECK(parse_byte_size("9999999999G") == std::nullopt);  // past 2^63 bytes
}

TEST_CASE("limits: counts are whole numbers of 1 or more, in digits") {
    CHECK(parse_count("10000") == 10000u);
    CHECK(parse_count("1") == 1u);
    CHECK(parse_count("0") == std::nullopt);
    CHECK(parse_count("+5") == std::nullopt);
    CHECK(parse_count("5k") == std::nullopt);
    CHECK(parse_count("") == std::nullopt);
}

TEST_CASE("limits: sizes in messages") {
    CHECK(byte_size_text(1) == "1 byte");
    CHECK(byte_size_text(900) == "900 bytes");
    CHECK(byte_size_text(2048) == "2 KB");
    CHECK(byte_size_text(1536) == "1.5 KB");
    CHECK(byte_size_text(kDefaultMaxFileSize) == "64 MB");
    CHECK(byte_size_text(std::uint64_t{0xF0000000}) == "3.8 GB");
    CHECK(byte_size_text(std::uint64_t{5} << 40) == "5 TB");
}
