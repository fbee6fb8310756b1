// Reads the parts of a zip package (a Word .docx) held in memory, via libzip.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

namespace claimcheck {

class ZipPackage {
public:
    // `bytes` must outlive the package. Throws UserError naming `path` when the bytes are not a
    // zip archive (a truncated download, a renamed file).
    ZipPackage(const std::string& path, const std::string& bytes);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // The bytes of member `name`, or nullopt when the archive has none. Throws UserError when the
    // member is damaged or larger than `max_size` once unpacked (a zip bomb must not eat memory).
    std::optional<std::string> read(const std::string& name, std::size_t max_size) const;

private:
    struct Handle;
    std::string path_;
    std::unique_ptr<Handle> handle_;
};

}  // namespace claimcheck
