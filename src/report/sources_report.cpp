// `claimcheck sources`: who a draft cites, how often, and which claims rest on whom.
#include <algorithm>
#include <ostream>
#include <string>

#include "report/excerpt.hpp"
#include "report/json_report.hpp"
#include "report/report.hpp"
#include "report/report_support.hpp"

namespace claimcheck {

namespace {

std::size_t claim_line(const CheckedDocument& checked, const Claim& claim) {
    return original_range(checked.doc, claim.span).start.line;
}

std::string claim_sentence(const CheckedDocument& checked, const Claim& claim) {
    return std::string(sentence_span(checked, claim.sentence).value_or(claim.span).in(checked.doc.text));
}

nlohmann::ordered_json sources_json(const std::vector<CheckedDocument>& documents) {
    nlohmann::ordered_json out;
    out["version"] = kJsonReportVersion;
    out["documents"] = nlohmann::ordered_json::array();
    for (const CheckedDocument& checked : documents) {
        nlohmann::ordered_json document;
        document["path"] = checked.doc.path;
        document["sources"] = nlohmann::ordered_json::array();
        for (const SourceRow& row : source_rows(checked.analysis)) {
            nlohmann::ordered_json source;
            source["name"] = row.entity->name;
            source["kind"] = source_kind_name(row.entity->kind);
            source["side"] = row.entity->side;
            source["mentions"] = row.entity->mentions.size();
            source["attributions"] = row.entity->attributions;
            source["claims"] = row.claims;
            source["sole_support"] = row.sole_support;
            // The claims it supports, and whether each rests on it alone (fields added to v1).
            source["supports"] = nlohmann::ordered_json::array();
            for (const Claim* claim : row.supported) {
                nlohmann::ordered_json supported;
                supported["line"] = claim_line(checked, *claim);
                supported["sentence"] = claim_sentence(checked, *claim);
                supported["sole"] = claim->support.size() == 1;
                source["supports"].push_back(std::move(supported));
            }
            document["sources"].push_back(std::move(source));
        }
        out["documents"].push_back(std::move(document));
    }
    return out;
}

// Rows of cells; the columns from `first_right_aligned` on hold numbers and align right.
using Table = std::vector<std::vector<std::string>>;

void write_table(std::ostream& out, const Table& table, std::size_t first_right_aligned) {
    std::vector<std::size_t> widths(table.front().size(), 0);
    for (const auto& row : table) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    for (const auto& row : table) {
        std::string line = "  ";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string padding(widths[c] - display_width(row[c]), ' ');
            if (c > 0) line += "  ";
            line += c >= first_right_aligned ? padding + row[c] : row[c] + padding;
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }
}

void write_sources_text(std::ostream& out, const std::vector<CheckedDocument>& documents) {
    bool first = true;
    for (const CheckedDocument& checked : documents) {
        if (!first) out << '\n';
        first = false;
        out << printable_line(checked.doc.path) << '\n';
        const std::vector<SourceRow> rows = source_rows(checked.analysis);
        if (rows.empty()) {
            out << "  No sources.\n";
            continue;
        }
        Table table = {{"Source", "Kind", "Side", "Mentions", "Attributions", "Claims", "Sole support"}};
        for (const SourceRow& row : rows) {
            const Entity& entity = *row.entity;
            table.push_back({printable_line(entity.name), source_kind_name(entity.kind),
                             entity.side.empty() ? "-" : printable_line(entity.side),
                             std::to_string(entity.mentions.size()), std::to_string(entity.attributions),
                             std::to_string(row.claims), std::to_string(row.sole_support)});
        }
        write_table(out, table, 3);
        // The claims that rest on one source alone, in story order, with that source.
        std::vector<std::pair<const Claim*, const Entity*>> sole;
        for (const SourceRow& row : rows)
            for (const Claim* claim : row.supported)
                if (claim->support.size() == 1) sole.emplace_back(claim, row.entity);
        std::sort(sole.begin(), sole.end(), [](const auto& a, const auto& b) { return a.first->sentence < b.first->sentence; });
        if (sole.empty()) continue;
        out << "  Claims resting on one source:\n";
        for (const auto& [claim, entity] : sole)
            out << "    line " << claim_line(checked, *claim) << ": " << printable_line(claim_sentence(checked, *claim))
                << " [" << printable_line(entity->name) << "]\n";
    }
}

}  // namespace

void write_sources(std::ostream& out, const std::vector<CheckedDocument>& documents, bool json) {
    if (json) {
        write_json(out, sources_json(documents));
    } else {
        write_sources_text(out, documents);
    }
}

}  // namespace claimcheck
