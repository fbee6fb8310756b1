#include "document/load.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "common/error.hpp"
#include "document/docx.hpp"
#include "document/front_matter.hpp"
#include "document/html.hpp"
#include "document/markdown.hpp"
#include "document/plain_text.hpp"
#include "document/validate.hpp"

namespace claimcheck {

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return ext;
}

namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

[[noreturn]] void fail_to_read(const std::string& path, int error) {
    throw UserError(Location{path}, std::string("cannot read the file (") + std::strerror(error) +
                                        "): check that it exists and that you may read it");
}

// Refuses what is not a regular file before opening it, so the message says what to do.
void check_is_readable_file(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (status.type() == std::filesystem::file_type::not_found) {
        if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, ec)))
            throw UserError(Location{path}, "a link to a file that does not exist: fix the link or remove it");
        throw UserError(Location{path},
                        "no such file: check the path (pass - to read standard input)");
    }
    if (status.type() == std::filesystem::file_type::directory) {
        throw UserError(Location{path},
                        "is a directory, not a file: pass the files to check (claimcheck check DIR "
                        "checks every draft in a folder)");
    }
}

}  // namespace

std::string read_file_bytes(const std::string& path, std::uint64_t max_size) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) fail_to_read(path, errno);
    std::string bytes;
    std::error_code ec;
    const auto size_hint = std::filesystem::file_size(path, ec);
    if (!ec && size_hint > max_size) throw too_large_error(Location{path}, "the file", size_hint, max_size);
    if (!ec) bytes.reserve(static_cast<std::size_t>(size_hint));
    char buffer[1 << 16];
    while (true) {
        const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
        bytes.append(buffer, got);
        // A file that grows while it is read, or a device with no size, stops at the limit.
        if (bytes.size() > max_size) throw too_large_error(Location{path}, "the file", std::nullopt, max_size);
        if (got < sizeof buffer) break;
    }
    if (std::ferror(file.get())) fail_to_read(path, errno != 0 ? errno : EIO);
    return bytes;
}

UserError too_large_error(Location where, std::string_view what, std::optional<std::uint64_t> size, std::uint64_t limit) {
    const std::string amount = size ? "is " + byte_size_text(*size) + ", more than" : "is larger than";
    return UserError(std::move(where), std::string(what) + " " + amount + " the limit of " + byte_size_text(limit) +
                                           ": split it, or raise " + kRaiseMaxFileSize);
}

InputFormat input_format_for_path(const std::string& path) {
    const std::string ext = lower_extension(path);
    if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") {
        return InputFormat::Markdown;
    }
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::Html;
    if (ext == ".docx") return InputFormat::Docx;
    if (ext == ".jsonl") return InputFormat::Jsonl;
    return InputFormat::Text;
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
    if (name == "text") return InputFormat::Text;
    if (name == "markdown") return InputFormat::Markdown;
    if (name == "html") return InputFormat::Html;
    if (name == "docx") return InputFormat::Docx;
    if (name == "jsonl") return InputFormat::Jsonl;
    return std::nullopt;
}

Document load_document(std::string path, std::string bytes, InputFormat format, const Limits& limits) {
    if (format == InputFormat::Docx) return load_docx(std::move(path), bytes, limits.max_file_size);
    if (format == InputFormat::Jsonl) {
        throw UserError(Location{path}, "a JSON Lines archive holds many documents: check it with claimcheck check FILE");
    }
    std::optional<UserError> replaced = repair_text_bytes(bytes, path);
    Document doc;
    if (replaced) doc.problems.push_back(std::move(*replaced));
    doc.path = std::move(path);
    doc.format = format;
    doc.original = std::move(bytes);
    doc.map.set_original(&doc.original);
    doc.text.reserve(doc.original.size());
    const std::size_t body_start = byte_order_mark_length(doc.original);
    if (format == InputFormat::Markdown) {
        parse_markdown(doc, skip_front_matter(doc.original, body_start));
    } else if (format == InputFormat::Html) {
        parse_html(doc, body_start);
    } else {
        parse_plain_text(doc, body_start);
    }
    return doc;
}

Document load_file(const std::string& path, const Limits& limits) {
    return load_file(path, input_format_for_path(path), limits);
}

Document load_file(const std::string& path, InputFormat format, const Limits& limits) {
    check_is_readable_file(path);
    std::string bytes = read_file_bytes(path, limits.max_file_size);
    return load_document(path, std::move(bytes), format, limits);
}

}  // namespace claimcheck
