// Builds Word documents in memory for the tests (libzip), so no binary fixture is committed.
#pragma once

#include <zip.h>

#include <cstdint>
#include <map>
#include <string>

namespace claimcheck::testing {

inline const std::string kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// word/document.xml with `body` (w:p … elements) inside w:body.
inline std::string word_document_xml(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + kWordNamespace +
           "\"><w:body>" + body + "</w:body></w:document>";
}

// A zip archive of `parts` (name → bytes), as the bytes of a file.
inline std::string zip_bytes(const std::map<std::string, std::string>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_source_keep(buffer);
    for (const auto& [name, bytes] : parts) {
        zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8);
    }
    zip_close(archive);  // writes the archive into `buffer`
    std::string out;
    zip_source_open(buffer);
    zip_stat_t stat;
    zip_source_stat(buffer, &stat);
    out.resize(static_cast<std::size_t>(stat.size));
    zip_source_read(buffer, out.data(), out.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

// A .docx with `body` as its document's body and, when given, a styles part.
inline std::string docx_bytes(const std::string& body, const std::string& styles_xml = "") {
    std::map<std::string, std::string> parts{{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", word_document_xml(body)}};
    if (!styles_xml.empty()) parts["word/styles.xml"] = styles_xml;
    return zip_bytes(parts);
}

// <w:p> with style `style` (may be empty) and one run of `text`.
inline std::string word_paragraph(const std::string& text, const std::string& style = "") {
    std::string p = "<w:p>";
    if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// `zip` with the uncompressed size of member `name` rewritten to `size` in its local and central
// headers (both, so that libzip finds them consistent): a package that lies about its content,
// as a zip bomb does. Sizes are 32-bit little-endian fields (no zip64 for small test packages).
inline std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size) {
    const auto put = [&](std::size_t at) {
        for (int i = 0; i < 4; ++i) zip[at + static_cast<std::size_t>(i)] = static_cast<char>((size >> (8 * i)) & 0xFF);
    };
    const auto u16 = [&](std::size_t at) {
        return static_cast<std::size_t>(static_cast<unsigned char>(zip[at]) | (static_cast<unsigned char>(zip[at + 1]) << 8));
    };
    for (std::size_t at = zip.find("PK\x03\x04"); at != std::string::npos; at = zip.find("PK\x03\x04", at + 4))
        if (zip.compare(at + 30, name.size(), name) == 0 && u16(at + 26) == name.size()) put(at + 22);
    for (std::size_t at = zip.find("PK\x01\x02"); at != std::string::npos; at = zip.find("PK\x01\x02", at + 4))
        if (zip.compare(at + 46, name.size(), name) == 0 && u16(at + 28) == name.size()) put(at + 24);
    return zip;
}

}  // namespace claimcheck::testing
