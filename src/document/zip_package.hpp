// Reads the parts of a zip package (a Word .docx) held in memory, via libzip.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// A Word document has a few dozen entries, a few hundred with many pictures. More is not a
// document to check, and every entry costs memory as soon as the package is opened.
inline constexpr std::uint64_t kMaxZipEntries = 10'000;

// The number of entries the package's end-of-central-directory record declares (zip64's too),
// or nullopt when there is no such record (libzip then says what is wrong).
std::optional<std::uint64_t> declared_zip_entries(std::string_view bytes);

class ZipPackage {
public:
    // `bytes` must outlive the package. Throws UserError naming `path` when the bytes are not a
    // zip archive (a truncated download, a renamed file) or declare more than kMaxZipEntries
    // entries (refused before libzip reads them).
    ZipPackage(const std::string& path, const std::string& bytes);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // The bytes of member `name`, or nullopt when the archive has none. Throws UserError when the
    // member is damaged or larger than `max_size` once unpacked: refused on the size it declares
    // before anything is unpacked, and while unpacking if it holds more than it declares (a zip
    // bomb never eats memory).
    std::optional<std::string> read(const std::string& name, std::uint64_t max_size) const;

private:
    struct Handle;
    std::string path_;
    std::unique_ptr<Handle> handle_;
};

}  // namespace claimcheck
