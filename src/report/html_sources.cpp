// The source panel of a story in the HTML report: who is quoted, as what kind of source, how
// often; as a table, and as an inline SVG bar chart of attributions per source (drawn here, so
// the page loads nothing).
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "report/escape.hpp"
#include "report/html_parts.hpp"
#include "report/report_support.hpp"
#include "text/code_points.hpp"

namespace claimcheck::html {

namespace {

// Chart geometry in SVG user units: a label column, then the bars, then room for the count.
constexpr int kLabelWidth = 170;
constexpr int kBarWidth = 170;
constexpr int kCountWidth = 30;
constexpr int kRowHeight = 22;
constexpr std::size_t kMaxChartRows = 12;      // more sources stay in the table only
constexpr std::size_t kMaxLabelCodePoints = 24;  // an SVG label cannot wrap

// At most `limit` code points of `text`, with "…" when cut.
std::string shortened(std::string_view text, std::size_t limit) {
    std::size_t offset = 0;
    for (std::size_t count = 0; offset < text.size() && count < limit; ++count) {
        offset += std::max<std::size_t>(1, text::code_point_at(text, offset).length);
    }
    return offset >= text.size() ? std::string(text) : std::string(text.substr(0, offset)) + "\xE2\x80\xA6";
}

void write_chart_row(std::ostream& out, const SourceRow& row, int index, int most) {
    const Entity& entity = *row.entity;
    const int y = index * kRowHeight;
    const int width = most > 0 ? std::max(entity.attributions > 0 ? 2 : 0, kBarWidth * entity.attributions / most) : 0;
    out << "<g><title>" << escape_markup(entity.name) << " (" << source_kind_name(entity.kind) << "): "
        << count_of(entity.attributions, "attribution", "attributions") << "</title>"
        << "<text class=\"label\" x=\"" << kLabelWidth - 6 << "\" y=\"" << y + 15 << "\">"
        << escape_markup(shortened(entity.name, kMaxLabelCodePoints)) << "</text>"
        << "<rect class=\"bar src-" << source_kind_name(entity.kind) << "\" x=\"" << kLabelWidth << "\" y=\"" << y + 4
        << "\" width=\"" << width << "\" height=\"" << kRowHeight - 8 << "\" data-count=\"" << entity.attributions
        << "\"/><text class=\"count\" x=\"" << kLabelWidth + width + 4 << "\" y=\"" << y + 15 << "\">"
        << entity.attributions << "</text></g>\n";
}

void write_chart(std::ostream& out, const std::vector<SourceRow>& rows) {
    const std::size_t shown = std::min(rows.size(), kMaxChartRows);
    int most = 0;
    for (std::size_t i = 0; i < shown; ++i) most = std::max(most, rows[i].entity->attributions);
    const int width = kLabelWidth + kBarWidth + kCountWidth;
    const int height = static_cast<int>(shown) * kRowHeight;
    out << "<svg class=\"chart\" role=\"img\" width=\"" << width << "\" height=\"" << height << "\" viewBox=\"0 0 "
        << width << ' ' << height << "\" xmlns=\"http://www.w3.org/2000/svg\"><title>Attributions per source</title>\n";
    for (std::size_t i = 0; i < shown; ++i) write_chart_row(out, rows[i], static_cast<int>(i), most);
    out << "</svg>\n";
}

void write_table(std::ostream& out, const std::vector<SourceRow>& rows) {
    out << "<table class=\"sources\"><thead><tr><th>Source</th><th>Kind</th><th title=\"Mentions\">Named</th>"
           "<th title=\"Attributions\">Quoted</th><th title=\"Claims whose support includes the source\">Claims</th>"
           "<th title=\"Claims that rest on this source alone\">Sole</th></tr></thead><tbody>\n";
    for (const SourceRow& row : rows) {
        const Entity& entity = *row.entity;
        const char* kind = source_kind_name(entity.kind);
        out << "<tr class=\"source-row\"><td>" << escape_markup(entity.name) << "</td><td><span class=\"swatch src-"
            << kind << "\"></span>" << kind << "</td><td>" << entity.mentions.size() << "</td><td>"
            << entity.attributions << "</td><td>" << row.claims << "</td><td>" << row.sole_support << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

}  // namespace

void write_source_panel(std::ostream& out, const CheckedDocument& checked) {
    const std::vector<SourceRow> rows = source_rows(checked.analysis);
    out << "<aside class=\"source-panel\"><h3>Sources</h3>\n";
    if (rows.empty()) {
        out << "<p class=\"no-sources\">No sources quoted.</p></aside>\n";
        return;
    }
    write_chart(out, rows);
    write_table(out, rows);
    out << "</aside>\n";
}

}  // namespace claimcheck::html
