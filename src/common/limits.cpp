#include "common/limits.hpp"

#include <charconv>
#include <cstdio>

namespace claimcheck {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The power of 1024 a unit stands for ("" and "b": bytes), or -1.
int unit_power(std::string_view unit) {
    std::string lowered;
    for (char c : unit) lowered += lower(c);
    if (lowered.size() == 2 && lowered[1] == 'b') lowered.pop_back();
    if (lowered.empty() || lowered == "b") return 0;
    if (lowered == "k") return 1;
    if (lowered == "m") return 2;
    if (lowered == "g") return 3;
    return -1;
}

}  // namespace

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end == text.data()) return std::nullopt;
    std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    const int power = unit_power(unit);
    if (power < 0 || number == 0) return std::nullopt;
    for (int i = 0; i < power; ++i) {
        if (number > (std::uint64_t{1} << 53)) return std::nullopt;
        number *= 1024;
    }
    if (number > (std::uint64_t{1} << 63)) return std::nullopt;
    return number;
}

std::optional<std::size_t> parse_count(std::string_view text) {
    std::size_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || text.empty() || text.front() == '+' || number == 0)
        return std::nullopt;
    return number;
}

std::string byte_size_text(std::uint64_t bytes) {
    static constexpr const char* kUnits[] = {"KB", "MB", "GB", "TB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double value = static_cast<double>(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    char text[32];
    // Whole numbers stay whole ("64 MB"); others get one decimal ("1.5 GB").
    const bool whole = value == static_cast<double>(static_cast<std::uint64_t>(value));
    std::snprintf(text, sizeof text, whole ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
    return text;
}

}  // namespace claimcheck
