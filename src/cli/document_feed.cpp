#include "cli/document_feed.hpp"

#include <istream>
#include <iterator>

#include "cli/inputs.hpp"
#include "common/error.hpp"
#include "document/load.hpp"

namespace claimcheck {

namespace {

LoadTask failing_task(const UserError& error) {
    return LoadTask{error.where().file, [error]() -> Document { throw error; }};
}

// Standard input, up to `max_size` bytes; nullopt when it holds more (the rest is left unread).
std::optional<std::string> read_stream(std::istream& in, std::uint64_t max_size) {
    std::string bytes;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_size) return std::nullopt;
    }
    return bytes;
}

}  // namespace

DocumentFeed::DocumentFeed(std::vector<std::string> paths, InputSettings settings, std::istream& stdin_stream,
                           SetupResolver& setups)
    : paths_(std::move(paths)), settings_(std::move(settings)), stdin_(stdin_stream), setups_(setups) {
    if (!settings_.output.empty()) output_ = canonical_path(settings_.output);
    if (settings_.input_format != "auto") {
        forced_format_ = parse_input_format(settings_.input_format);
        if (!forced_format_) {
            throw UserError(Location{}, "--input-format " + settings_.input_format +
                                            ": unknown format (use auto, text, markdown, html, docx or jsonl)");
        }
    }
}

DocumentFeed::~DocumentFeed() = default;

std::string DocumentFeed::display_name(const std::string& path) const {
    return path == "-" && !settings_.stdin_filename.empty() ? settings_.stdin_filename : path;
}

InputFormat DocumentFeed::format_for(const std::string& name) const {
    return forced_format_ ? *forced_format_ : input_format_for_path(name);
}

std::optional<LoadTask> DocumentFeed::next() {
    while (true) {
        if (archive_) {
            if (auto task = next_record()) return task;
            continue;
        }
        if (next_file_ < files_.size()) {
            const InputEntry& entry = files_[next_file_++];
            if (entry.error) return failing_task(*entry.error);
            const std::string& path = entry.path;
            try {
                if (format_for(display_name(path)) != InputFormat::Jsonl) return file_task(path);
                open_archive(path);
            } catch (const UserError& error) {
                return failing_task(error);
            }
            continue;
        }
        if (next_path_ == paths_.size()) return std::nullopt;
        files_.clear();
        next_file_ = 0;
        try {
            files_ = expand_inputs({paths_[next_path_++]}, settings_.ignore,
                                   [this](const std::string& file) { return skipped_in_folder(file); });
        } catch (const UserError& error) {
            return failing_task(error);
        }
    }
}

// The report being written is not a draft, even when it lands in a checked folder.
bool DocumentFeed::skipped_in_folder(const std::string& file) {
    if (!output_.empty() && canonical_path(file) == output_) return true;
    return setups_.ignores(file);
}

std::optional<LoadTask> DocumentFeed::next_record() {
    JsonlRecord record;
    if (!archive_->next(record)) {
        archive_.reset();
        archive_file_.reset();
        return std::nullopt;
    }
    std::string label = archive_name_ + ":" + std::to_string(record.line);
    return LoadTask{std::move(label),
                    [name = archive_name_, record = std::move(record), fields = settings_.fields,
                     limits = archive_setup_->limits]() { return load_jsonl_record(name, record, fields, limits); },
                    archive_setup_};
}

void DocumentFeed::open_archive(const std::string& path) {
    archive_setup_ = &setups_.setup_for(display_name(path));
    if (path == "-") {
        archive_name_ = display_name(path);
        archive_ = std::make_unique<JsonlReader>(stdin_, archive_setup_->limits.max_file_size);
        return;
    }
    archive_file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*archive_file_) {
        archive_file_.reset();
        throw UserError(Location{path}, "cannot read the archive: check that it exists and that you may read it");
    }
    archive_name_ = path;
    archive_ = std::make_unique<JsonlReader>(*archive_file_, archive_setup_->limits.max_file_size);
}

// Standard input is read here, in input order; files are read by the task.
LoadTask DocumentFeed::file_task(const std::string& path) {
    const std::string name = display_name(path);
    const CheckSetup* setup = &setups_.setup_for(name);
    const Limits& limits = setup->limits;
    if (path != "-") {
        return LoadTask{path, [path, format = format_for(path), limits]() { return load_file(path, format, limits); },
                        setup};
    }
    const InputFormat format = settings_.stdin_filename.empty() && !forced_format_ ? InputFormat::Text : format_for(name);
    std::optional<std::string> bytes = read_stream(stdin_, limits.max_file_size);
    if (!bytes) return failing_task(too_large_error(Location{name}, "standard input", std::nullopt, limits.max_file_size));
    return LoadTask{name,
                    [name, format, bytes = std::move(*bytes), limits]() mutable {
                        return load_document(name, std::move(bytes), format, limits);
                    },
                    setup};
}

}  // namespace claimcheck
