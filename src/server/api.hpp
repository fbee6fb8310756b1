// The requests of `claimcheck serve`, free of any HTTP library so they can be tested on their
// own: a draft in (a JSON body or an uploaded file), the JSON report contract v1 out.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "document/document.hpp"
#include "pipeline/pipeline.hpp"

namespace claimcheck {

// A request the server refuses: the HTTP status and a message that says what to do.
class ApiError : public std::runtime_error {
public:
    ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
    int status() const { return status_; }

private:
    int status_;
};

// A pasted or uploaded draft. Pasted drafts are reported as "draft.md" or "draft.txt" (by
// format), uploads as "draft" plus the upload's extension: the server never uses a client's
// path, and reports stay comparable with `claimcheck check draft.md --format json`.
struct Draft {
    std::string path;
    std::string text;
    InputFormat format = InputFormat::Markdown;
};

// {"text": "...", "format": "text"|"markdown"|"html"} (format defaults to markdown). Throws ApiError 400.
Draft draft_from_json(std::string_view body);
// An uploaded .txt, Markdown, HTML or .docx file; other types (a JSON Lines archive, no extension)
// throw ApiError 415. A damaged file is refused later, by check_draft, with 400.
Draft draft_from_upload(std::string_view filename, std::string content);

// The JSON report of the draft, exactly as `claimcheck check PATH --format json` writes it.
// Throws ApiError 413 when the draft is longer than `max_draft_bytes` (the time budget of one
// request) and 400 when it is not UTF-8.
std::string check_draft(const Engine& engine, Draft draft, std::size_t max_draft_bytes);

// {"version": 1, "rules": [{id, severity, enabled, highlight, summary, message, explanation, standard}],
//  "highlights": [{class, label}]}: the checks, and the HTML report's highlight classes (least
// serious first) that the page colours their sentences with.
std::string rules_json(const RulePack& pack);

// {"error": message}
std::string error_json(std::string_view message);

}  // namespace claimcheck
