#include "server/api.hpp"

#include <sstream>

#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "document/load.hpp"
#include "report/html_parts.hpp"
#include "report/report.hpp"

namespace claimcheck {

namespace {

constexpr int kBadRequest = 400;
constexpr int kPayloadTooLarge = 413;
constexpr int kUnsupportedMediaType = 415;

InputFormat format_named(const nlohmann::json& value) {
    if (value.is_null()) return InputFormat::Markdown;
    if (value == "markdown") return InputFormat::Markdown;
    if (value == "text") return InputFormat::Text;
    if (value == "html") return InputFormat::Html;
    throw ApiError(kBadRequest, "\"format\" must be \"text\", \"markdown\" or \"html\"");
}

const char* pasted_path(InputFormat format) {
    if (format == InputFormat::Text) return "draft.txt";
    return format == InputFormat::Html ? "draft.html" : "draft.md";
}

// A draft file an editor may upload: one story each (a JSON Lines archive is for `claimcheck check`).
bool is_uploadable(const std::string& extension, InputFormat format) {
    if (format == InputFormat::Text) return extension == ".txt" || extension == ".text";
    return format != InputFormat::Jsonl;
}

}  // namespace

Draft draft_from_json(std::string_view body) {
    const nlohmann::json request = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (request.is_discarded() || !request.is_object())
        throw ApiError(kBadRequest, "the body is not a JSON object: send {\"text\": \"...\", \"format\": \"markdown\"}");
    const auto text = request.find("text");
    if (text == request.end() || !text->is_string())
        throw ApiError(kBadRequest, "\"text\" is missing or not a string: send the draft as {\"text\": \"...\"}");
    const auto format = request.find("format");
    Draft draft;
    draft.format = format_named(format == request.end() ? nlohmann::json() : *format);
    draft.path = pasted_path(draft.format);
    draft.text = text->get<std::string>();
    return draft;
}

Draft draft_from_upload(std::string_view filename, std::string content) {
    const std::string name(filename);
    const std::string extension = lower_extension(name);
    const InputFormat format = input_format_for_path(name);
    if (!is_uploadable(extension, format))
        throw ApiError(kUnsupportedMediaType, "only .txt, .md, .html and .docx drafts can be uploaded here: paste the "
                                              "text, or save the draft in one of those formats");
    return Draft{"draft" + extension, std::move(content), format};
}

std::string check_draft(const Engine& engine, Draft draft, std::size_t max_draft_bytes) {
    if (draft.text.size() > max_draft_bytes)
        throw ApiError(kPayloadTooLarge, "the draft has " + std::to_string(draft.text.size()) + " bytes, more than the " +
                                             std::to_string(max_draft_bytes) +
                                             " one request may check: split it, or run `claimcheck check` on the file");
    std::vector<CheckedDocument> checked;
    try {
        checked.push_back(engine.check(load_document(draft.path, std::move(draft.text), draft.format)));
    } catch (const UserError& error) {
        throw ApiError(kBadRequest, error.what());
    }
    std::ostringstream out;
    write_report(out, ReportFormat::Json, checked, engine.pack(), ReportOptions{});
    return out.str();
}

std::string rules_json(const RulePack& pack) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const Check& check : pack.checks) {
        rules.push_back({{"id", check.id},
                         {"severity", severity_name(check.severity)},
                         {"enabled", check.enabled},
                         {"highlight", html::highlight_class(html::highlight_for_rule(check.id))},
                         {"summary", check.summary},
                         {"message", check.message},
                         {"explanation", check.explain},
                         {"standard", check.standard}});
    }
    // The HTML report's highlight classes, least serious first, so the page colours alike.
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (auto level : {html::Highlight::Fine, html::Highlight::Note, html::Highlight::WeakSource,
                       html::Highlight::SingleSource, html::Highlight::Unattributed})
        highlights.push_back({{"class", html::highlight_class(level)}, {"label", html::highlight_label(level)}});
    const nlohmann::ordered_json body = {{"version", 1}, {"rules", rules}, {"highlights", highlights}};
    return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string error_json(std::string_view message) {
    return nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimcheck
