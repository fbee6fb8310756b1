// The text of one story in the HTML report: its blocks, with each sentence highlighted by the
// most serious kind of finding in it (or as fine when it is attributed and has none), the spans
// the findings point at underlined, and a tooltip per highlight. The tooltip is plain CSS
// (:hover, :focus, :target), so the page needs no script at all and can forbid every script.
#include <algorithm>
#include <ostream>
#include <vector>

#include "report/escape.hpp"
#include "report/html_parts.hpp"
#include "report/report_support.hpp"

namespace claimcheck::html {

namespace {

struct RuleHighlight {
    std::string_view rule;
    Highlight highlight;
};

// The default checks by what an editor has to do about them; a pack's own checks are notes.
constexpr RuleHighlight kRuleHighlights[] = {
    {"unattributed-claim", Highlight::Unattributed},   {"unattributed-quote", Highlight::Unattributed},
    {"single-source-claim", Highlight::SingleSource},  {"single-source-story", Highlight::SingleSource},
    {"vague-source", Highlight::WeakSource},           {"anonymous-source", Highlight::WeakSource},
    {"agentless-attribution", Highlight::WeakSource},  {"unresolved-source", Highlight::WeakSource},
    {"anonymous-opinion", Highlight::WeakSource},      {"anonymous-allegation", Highlight::WeakSource},
    {"headline-not-supported", Highlight::Unattributed},
};

struct HighlightNames {
    const char* css_class;
    const char* label;
};

// By Highlight, in its order.
constexpr HighlightNames kHighlightNames[] = {
    {"hl-none", "No attribution needed"},
    {"hl-fine", "Attributed, no finding"},
    {"hl-note", "Note (loaded verb, relayed statement)"},
    {"hl-weak", "Vague, anonymous, agentless or unresolved source"},
    {"hl-single", "Rests on a single source"},
    {"hl-unattributed", "Unattributed claim or quote"},
};

struct SentenceView {
    Highlight highlight = Highlight::None;
    std::vector<std::size_t> findings;  // indexes into CheckedDocument::findings
    std::vector<const Attribution*> attributions;
};

std::vector<SentenceView> sentence_views(const CheckedDocument& checked) {
    std::vector<SentenceView> views(checked.seg.sentences.size());
    for (const Attribution& attribution : checked.analysis.attributions) {
        if (attribution.sentence < views.size()) views[attribution.sentence].attributions.push_back(&attribution);
    }
    for (std::size_t i = 0; i < checked.findings.size(); ++i) {
        const std::optional<std::size_t> sentence = finding_sentence_index(checked, checked.findings[i]);
        if (!sentence) continue;
        SentenceView& view = views[*sentence];
        view.findings.push_back(i);
        view.highlight = std::max(view.highlight, highlight_for_rule(checked.findings[i].rule));
    }
    for (SentenceView& view : views) {
        if (view.highlight == Highlight::None && !view.attributions.empty()) view.highlight = Highlight::Fine;
    }
    return views;
}

Span clip(Span span, Span to) {
    const std::size_t start = std::clamp(span.start, to.start, to.end);
    return {start, std::clamp(span.end, start, to.end)};
}

// The sentence's text, with the parts that its findings point at in <span class="mark">.
std::string marked_text(const CheckedDocument& checked, Span sentence, const std::vector<std::size_t>& findings) {
    std::vector<Span> marks;
    std::vector<std::size_t> cuts = {sentence.start, sentence.end};
    for (std::size_t index : findings) {
        const Span mark = clip(checked.findings[index].span, sentence);
        if (mark.empty()) continue;
        marks.push_back(mark);
        cuts.insert(cuts.end(), {mark.start, mark.end});
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::string out;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const Span piece{cuts[i], cuts[i + 1]};
        const bool marked = std::any_of(marks.begin(), marks.end(), [&](const Span& m) { return m.contains(piece); });
        if (marked) out += "<span class=\"mark\">";
        out += escape_markup(span_text(checked.doc, piece));
        if (marked) out += "</span>";
    }
    return out;
}

std::string position_text(const Document& doc, Span span) {
    const Position where = original_range(doc, span).start;
    return std::to_string(where.line) + ':' + std::to_string(where.column);
}

// "Source: 'she' → Marta Okonkwo (person)", or the source as written when no entity is known.
std::string source_line(std::string_view written, const Entity* entity) {
    std::string line = "Source: \xE2\x80\x98";
    line += escape_markup(written);
    line += "\xE2\x80\x99";
    if (!entity) return line;
    line += " \xE2\x86\x92 ";
    line += escape_markup(entity->name);
    ((line += " (") += source_kind_name(entity->kind)) += ')';
    return line;
}

void write_finding_tip(std::ostream& out, const CheckedDocument& checked, const Finding& finding, const RulePack& pack) {
    const char* severity = severity_name(finding.severity);
    out << "<span class=\"tip-item\"><span class=\"tip-head\"><b class=\"sev sev-" << severity << "\">" << severity
        << "</b> <code>" << escape_markup(finding.rule) << "</code> line " << position_text(checked.doc, finding.span)
        << "</span><span class=\"tip-msg\">" << escape_markup(finding.message) << "</span>";
    if (!finding.source.empty()) {
        out << "<span class=\"tip-src\">" << source_line(finding.source, finding_entity(checked, finding))
            << "</span>";
    }
    if (const Check* check = pack.check(finding.rule)) {
        out << "<span class=\"tip-why\">" << escape_markup(rule_explanation(*check))
            << "</span>";
        if (!check->standard.empty()) out << "<span class=\"tip-std\">" << escape_markup(check->standard) << "</span>";
    }
    out << "</span>";
}

void write_attribution_tip(std::ostream& out, const CheckedDocument& checked, const Attribution& attribution) {
    out << "<span class=\"tip-item\"><span class=\"tip-head\">Attributed (" << attribution_form_name(attribution.form)
        << ")</span><span class=\"tip-src\">";
    if (attribution.source) {
        out << source_line(span_text(checked.doc, *attribution.source), entity_at(checked.analysis, attribution.entity));
    } else {
        out << "No source named";
    }
    out << "</span></span>";
}

void write_sentence(std::ostream& out, const CheckedDocument& checked, std::size_t document, std::size_t index,
                    Span sentence, const SentenceView& view, const RulePack& pack) {
    if (view.highlight == Highlight::None) {
        out << escape_markup(span_text(checked.doc, sentence));
        return;
    }
    const std::string id = document_id(document) + "-s" + std::to_string(index);
    out << "<span class=\"s " << highlight_class(view.highlight) << "\" id=\"" << id
        << "\" tabindex=\"0\" aria-describedby=\"" << id << "-tip\">" << marked_text(checked, sentence, view.findings)
        << "<span class=\"tip\" role=\"tooltip\" id=\"" << id << "-tip\">";
    for (std::size_t finding : view.findings) write_finding_tip(out, checked, checked.findings[finding], pack);
    if (view.findings.empty()) {
        for (const Attribution* attribution : view.attributions) write_attribution_tip(out, checked, *attribution);
    }
    out << "</span></span>";
}

// One block as a paragraph; `next` walks the sentences, which come in text order.
void write_block(std::ostream& out, const CheckedDocument& checked, std::size_t document, std::size_t block_index,
                 const std::vector<SentenceView>& views, std::size_t& next, const RulePack& pack) {
    const std::vector<Sentence>& sentences = checked.seg.sentences;
    const Block& block = checked.seg.blocks[block_index];
    const Span extent = clamp_span(block.span, checked.doc.text.size());
    out << "<p class=\"block k-" << block_kind_name(block.kind) << "\">";
    std::size_t cursor = extent.start;
    for (; next < sentences.size() && sentences[next].block <= block_index; ++next) {
        const Span sentence = clip(sentences[next].span, Span{cursor, extent.end});
        if (sentences[next].block < block_index || sentence.empty()) continue;
        out << escape_markup(span_text(checked.doc, Span{cursor, sentence.start}));
        write_sentence(out, checked, document, next, sentence, views[next], pack);
        cursor = sentence.end;
    }
    out << escape_markup(span_text(checked.doc, Span{cursor, extent.end})) << "</p>\n";
}

}  // namespace

Highlight highlight_for_rule(std::string_view rule) {
    for (const RuleHighlight& entry : kRuleHighlights) {
        if (entry.rule == rule) return entry.highlight;
    }
    return Highlight::Note;
}

const char* highlight_class(Highlight highlight) { return kHighlightNames[static_cast<int>(highlight)].css_class; }

const char* highlight_label(Highlight highlight) { return kHighlightNames[static_cast<int>(highlight)].label; }

// Appended rather than "d" + std::to_string(…), which trips GCC 12's -Wrestrict false positive.
std::string document_id(std::size_t document) {
    std::string id = "d";
    id += std::to_string(document + 1);
    return id;
}

void write_story_text(std::ostream& out, const CheckedDocument& checked, std::size_t document, const RulePack& pack) {
    const std::vector<SentenceView> views = sentence_views(checked);
    std::size_t next = 0;
    out << "<div class=\"story-text\">\n";
    for (std::size_t block = 0; block < checked.seg.blocks.size(); ++block) {
        write_block(out, checked, document, block, views, next, pack);
    }
    out << "</div>\n";
}

void write_findings_list(std::ostream& out, const CheckedDocument& checked, std::size_t document) {
    if (checked.findings.empty()) {
        out << "<p class=\"no-findings\">No findings.</p>\n";
        return;
    }
    const std::string id = document_id(document);
    out << "<ol class=\"findings\">\n";
    for (std::size_t i = 0; i < checked.findings.size(); ++i) {
        const Finding& finding = checked.findings[i];
        const char* severity = severity_name(finding.severity);
        const std::string where = position_text(checked.doc, finding.span);
        out << "<li id=\"" << id << "-f" << i << "\" data-rule=\"" << escape_markup(finding.rule) << "\">";
        if (const std::optional<std::size_t> sentence = finding_sentence_index(checked, finding)) {
            out << "<a href=\"#" << id << "-s" << *sentence << "\">" << where << "</a>";
        } else {
            out << where;
        }
        out << " <b class=\"sev sev-" << severity << "\">" << severity << "</b> " << escape_markup(finding.message)
            << " <code>" << escape_markup(finding.rule) << "</code></li>\n";
    }
    out << "</ol>\n";
}

}  // namespace claimcheck::html
