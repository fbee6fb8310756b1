#include "document/zip_package.hpp"

#include <zip.h>

#include "common/error.hpp"

namespace claimcheck {

namespace {

struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string zip_message(zip_error_t* error) {
    std::string message = zip_error_strerror(error);
    zip_error_fini(error);
    return message;
}

}  // namespace

struct ZipPackage::Handle {
    zip_t* archive = nullptr;
    ~Handle() {
        if (archive) zip_discard(archive);  // read-only: discard never writes anything back
    }
};

ZipPackage::ZipPackage(const std::string& path, const std::string& bytes) : path_(path), handle_(std::make_unique<Handle>()) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        handle_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!handle_->archive) zip_source_free(source);
    }
    if (!handle_->archive) {
        throw UserError(Location{path}, "not a readable Word document (" + zip_message(&error) +
                                            "): the file may be truncated or not a .docx; open it in Word and save it again");
    }
    zip_error_fini(&error);
}

ZipPackage::~ZipPackage() = default;

std::optional<std::string> ZipPackage::read(const std::string& name, std::size_t max_size) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(handle_->archive, name.c_str(), 0, &stat) != 0) return std::nullopt;
    const auto damaged = [&](const std::string& why) {
        return UserError(Location{path_}, "part " + name + " of the Word document " + why +
                                              ": open the file in Word and save it again");
    };
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > max_size) throw damaged("is too large to read");
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(handle_->archive, stat.index, 0));
    if (!file) throw damaged("cannot be opened (" + std::string(zip_strerror(handle_->archive)) + ")");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const zip_int64_t n = zip_fread(file.get(), bytes.data() + got, bytes.size() - got);
        if (n <= 0) {
            throw damaged("is damaged (" + std::string(n < 0 ? zip_file_strerror(file.get()) : "it ends early") + ")");
        }
        got += static_cast<std::size_t>(n);
    }
    return bytes;
}

}  // namespace claimcheck
