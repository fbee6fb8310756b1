// The pieces of the HTML report (`--format html`), one concern per file: html_report.cpp lays
// out the page (summary, index, stories), html_story.cpp the highlighted text of a story and
// its list of findings, html_sources.cpp the source panel with its bar chart, html_style.cpp
// the style sheet. Everything from the draft goes through escape_markup.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "pipeline/pipeline.hpp"
#include "rules/rulepack.hpp"

namespace claimcheck::html {

// How a sentence is highlighted, from least to most serious; a sentence with several findings
// takes the most serious one's.
enum class Highlight { None, Fine, Note, WeakSource, SingleSource, Unattributed };

Highlight highlight_for_rule(std::string_view rule);
const char* highlight_class(Highlight highlight);  // "hl-unattributed" …
const char* highlight_label(Highlight highlight);  // "Unattributed claim or quote" …

// Element ids are unique across the page: "d3" for the third document, "d3-s7" for its
// seventh sentence (0-based), "d3-f2" for its second finding.
std::string document_id(std::size_t document);

// The story's blocks with every sentence that has a finding or an attribution highlighted; the
// highlight shows its findings (message, source entity, the rule's explanation) on hover, on
// focus (a click or Tab) and when the page is opened at its id.
void write_story_text(std::ostream& out, const CheckedDocument& checked, std::size_t document, const RulePack& pack);
// The story's findings in order, each linking to its highlighted sentence.
void write_findings_list(std::ostream& out, const CheckedDocument& checked, std::size_t document);
// Who the story quotes: a table and an inline SVG bar chart of attributions per source.
void write_source_panel(std::ostream& out, const CheckedDocument& checked);

std::string_view page_style();

}  // namespace claimcheck::html
