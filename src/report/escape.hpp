// Escaping draft text for each output format. Draft text is untrusted: a story may quote a
// script tag, a spreadsheet formula or a workflow command, and none of it may act as anything but
// text in a report. Every function also repairs invalid UTF-8 (as U+FFFD), so that one damaged
// byte cannot make a whole report unreadable to a strict consumer.
#pragma once

#include <string>
#include <string_view>

namespace claimcheck {

// UTF-8 with every invalid sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// Text for HTML and XML, in element content and in quoted attribute values alike: & < > " '
// become references, and the control characters XML 1.0 forbids (all C0 controls except tab,
// line feed and carriage return) become U+FFFD.
std::string escape_markup(std::string_view text);

// JSON text that can sit inside an HTML <script> element: '<', '>' and '&' (which in JSON only
// occur inside strings) become \u escapes, so neither "</script>" nor "<!--" can end or
// change the element.
std::string json_for_script(std::string_view json);

// One RFC 4180 field: quoted, with quotes doubled, when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);

// GitHub workflow commands (`::warning file=…::message`): the message escapes %, CR and LF; a
// property value also escapes ':' and ',', which would otherwise end it.
std::string github_message(std::string_view text);
std::string github_property(std::string_view text);

// Inline Markdown (GitHub flavour) that renders as the literal text: punctuation that could
// start emphasis, code, links, strike-through, table cells, math, mentions or issue references
// is backslash-escaped, as is a list marker at the start; '<', '>' and '&' become HTML
// references (no raw HTML), and line breaks become spaces, so the result stays one table cell
// or list item.
std::string markdown_text(std::string_view text);

// A path as a relative URI reference: every byte outside unreserved characters and '/' is
// percent-encoded (spaces, '#', '?', '%' and non-ASCII letters alike).
std::string uri_path(std::string_view path);

}  // namespace claimcheck
