#include "document/zip_package.hpp"

#include <dlfcn.h>
#include <zip.h>

#include <stdexcept>

#include "common/error.hpp"
#include "common/limits.hpp"

namespace claimcheck {

namespace {

// libzip, loaded when the first Word document is read rather than linked: libzip links libcrypto
// and libbz2, and every run, of any input, loaded and relocated all three before main.
struct ZipLibrary {
    decltype(&::zip_discard) discard;
    decltype(&::zip_error_fini) error_fini;
    decltype(&::zip_error_init) error_init;
    decltype(&::zip_error_strerror) error_strerror;
    decltype(&::zip_fclose) fclose;
    decltype(&::zip_file_strerror) file_strerror;
    decltype(&::zip_fopen_index) fopen_index;
    decltype(&::zip_fread) fread;
    decltype(&::zip_open_from_source) open_from_source;
    decltype(&::zip_source_buffer_create) source_buffer_create;
    decltype(&::zip_source_free) source_free;
    decltype(&::zip_stat) stat;
    decltype(&::zip_stat_init) stat_init;
    decltype(&::zip_strerror) strerror;
};

// libzip 1.x under the sonames Debian releases have shipped (libzip4, libzip5), then the
// development link; the 14 functions read here have kept their signatures across them.
constexpr const char* kLibzipNames[] = {"libzip.so.4", "libzip.so.5", "libzip.so"};
constexpr const char* kLibzip = "libzip";

template <typename Function>
void bind(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(dlsym(library, name));
    if (!function) throw std::runtime_error(std::string("it has no ") + name);
}

ZipLibrary load_libzip() {
    void* library = nullptr;
    std::string failures;
    for (const char* name : kLibzipNames) {
        library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
        if (library) break;
        if (const char* why = dlerror()) {
            if (!failures.empty()) failures += "; ";
            failures += why;
        }
    }
    if (!library) throw std::runtime_error(failures);
    ZipLibrary zip{};
    bind(library, "zip_discard", zip.discard);
    bind(library, "zip_error_fini", zip.error_fini);
    bind(library, "zip_error_init", zip.error_init);
    bind(library, "zip_error_strerror", zip.error_strerror);
    bind(library, "zip_fclose", zip.fclose);
    bind(library, "zip_file_strerror", zip.file_strerror);
    bind(library, "zip_fopen_index", zip.fopen_index);
    bind(library, "zip_fread", zip.fread);
    bind(library, "zip_open_from_source", zip.open_from_source);
    bind(library, "zip_source_buffer_create", zip.source_buffer_create);
    bind(library, "zip_source_free", zip.source_free);
    bind(library, "zip_stat", zip.stat);
    bind(library, "zip_stat_init", zip.stat_init);
    bind(library, "zip_strerror", zip.strerror);
    return zip;
}

// Loaded once per process (a failed load is tried again by the next document) and never changed.
const ZipLibrary& libzip(const std::string& path) {
    try {
        static const ZipLibrary library = load_libzip();
        return library;
    } catch (const std::runtime_error& error) {
        throw UserError(Location{path}, std::string("cannot read Word documents: ") + kLibzip + " did not load (" +
                                            error.what() + "); install libzip (Debian: libzip4)");
    }
}

struct ZipFileCloser {
    const ZipLibrary* zip;
    void operator()(zip_file_t* file) const { zip->fclose(file); }
};

std::string zip_message(const ZipLibrary& zip, zip_error_t* error) {
    std::string message = zip.error_strerror(error);
    zip.error_fini(error);
    return message;
}

std::uint64_t little_endian(std::string_view bytes, std::size_t at, std::size_t width) {
    std::uint64_t value = 0;
    for (std::size_t i = width; i > 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i - 1]);
    return value;
}

bool signature_at(std::string_view bytes, std::size_t at, std::string_view signature) {
    return at + signature.size() <= bytes.size() && bytes.substr(at, signature.size()) == signature;
}

// The zip64 record's entry count, when the classic record says to look there (0xFFFF).
std::optional<std::uint64_t> zip64_entries(std::string_view bytes, std::size_t end_record) {
    constexpr std::size_t kLocatorSize = 20;
    if (end_record < kLocatorSize || !signature_at(bytes, end_record - kLocatorSize, "PK\x06\x07")) return std::nullopt;
    const std::uint64_t record = little_endian(bytes, end_record - kLocatorSize + 8, 8);
    if (record > bytes.size() || bytes.size() - record < 40 || !signature_at(bytes, record, "PK\x06\x06")) return std::nullopt;
    return little_endian(bytes, static_cast<std::size_t>(record) + 32, 8);
}

UserError too_many_entries(const std::string& path, std::uint64_t entries) {
    return UserError(Location{path}, "the package has " + std::to_string(entries) + " entries, more than the " +
                                         std::to_string(kMaxZipEntries) +
                                         " a Word document may have here: it is not a .docx claimcheck reads; open it in "
                                         "Word and save it again");
}

}  // namespace

std::optional<std::uint64_t> declared_zip_entries(std::string_view bytes) {
    constexpr std::size_t kEndRecordSize = 22;
    constexpr std::size_t kMaxComment = 0xFFFF;
    if (bytes.size() < kEndRecordSize) return std::nullopt;
    const std::size_t last = bytes.size() - kEndRecordSize;
    const std::size_t first = last > kMaxComment ? last - kMaxComment : 0;
    for (std::size_t at = last + 1; at-- > first;) {
        if (!signature_at(bytes, at, "PK\x05\x06")) continue;
        const std::uint64_t entries = little_endian(bytes, at + 10, 2);
        if (entries == 0xFFFF) {
            if (const auto wide = zip64_entries(bytes, at)) return wide;
        }
        return entries;
    }
    return std::nullopt;
}

struct ZipPackage::Handle {
    const ZipLibrary& zip;
    zip_t* archive = nullptr;
    explicit Handle(const ZipLibrary& library) : zip(library) {}
    ~Handle() {
        if (archive) zip.discard(archive);  // read-only: discard never writes anything back
    }
};

ZipPackage::ZipPackage(const std::string& path, const std::string& bytes) : path_(path) {
    if (const auto entries = declared_zip_entries(bytes); entries && *entries > kMaxZipEntries)
        throw too_many_entries(path, *entries);
    handle_ = std::make_unique<Handle>(libzip(path));
    const ZipLibrary& zip = handle_->zip;
    zip_error_t error;
    zip.error_init(&error);
    zip_source_t* source = zip.source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
        handle_->archive = zip.open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!handle_->archive) zip.source_free(source);
    }
    if (!handle_->archive) {
        throw UserError(Location{path}, "not a readable Word document (" + zip_message(zip, &error) +
                                            "): the file may be truncated or not a .docx; open it in Word and save it again");
    }
    zip.error_fini(&error);
}

ZipPackage::~ZipPackage() = default;

std::optional<std::string> ZipPackage::read(const std::string& name, std::uint64_t max_size) const {
    const ZipLibrary& zip = handle_->zip;
    zip_stat_t stat;
    zip.stat_init(&stat);
    if (zip.stat(handle_->archive, name.c_str(), 0, &stat) != 0) return std::nullopt;
    const auto damaged = [&](const std::string& why) {
        return UserError(Location{path_}, "part " + name + " of the Word document " + why +
                                              ": open the file in Word and save it again");
    };
    const auto too_large = [&](const std::string& size) {
        return UserError(Location{path_}, "part " + name + " of the Word document unpacks to " + size +
                                              " the limit of " + byte_size_text(max_size) +
                                              " (a zip bomb?): if the document is real, raise " + kRaiseMaxFileSize);
    };
    const bool sized = (stat.valid & ZIP_STAT_SIZE) != 0;
    if (sized && stat.size > max_size) throw too_large(byte_size_text(stat.size) + ", more than");
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip.fopen_index(handle_->archive, stat.index, 0), ZipFileCloser{&zip});
    if (!file) throw damaged("cannot be opened (" + std::string(zip.strerror(handle_->archive)) + ")");
    std::string bytes;
    if (sized) bytes.reserve(static_cast<std::size_t>(stat.size));
    char buffer[1 << 16];
    zip_int64_t got = 0;
    // Unpacked a buffer at a time and counted: a part that holds more than it declares stops here.
    while ((got = zip.fread(file.get(), buffer, sizeof buffer)) > 0) {
        if (bytes.size() + static_cast<std::uint64_t>(got) > max_size) throw too_large("more than");
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
    if (got < 0) throw damaged("is damaged (" + std::string(zip.file_strerror(file.get())) + ")");
    if (sized && bytes.size() != stat.size) throw damaged("is damaged (it ends early)");
    return bytes;
}

}  // namespace claimcheck
