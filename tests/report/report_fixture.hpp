// A hand-built checked document for the report tests: a short Markdown draft whose analysed
// text differs from the original (the "# " of the headline is dropped), with multibyte text
// (€, ü) so that byte offsets and code-point columns part ways.
//
// Original file (byte offsets of line starts: 0, 30, 31, 116, 117):
//   1  # Bridge to close, mayor says
//   2
//   3  Critics say the closure will cost €3 million. It is believed the bridge is unsafe.
//   4
//   5  "We have no choice," said Ana Müller.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.hpp"
#include "report/report.hpp"

namespace claimcheck::test {

inline constexpr std::string_view kBridgeOriginal =
    "# Bridge to close, mayor says\n"
    "\n"
    "Critics say the closure will cost \xE2\x82\xAC" "3 million. It is believed the bridge is unsafe.\n"
    "\n"
    "\"We have no choice,\" said Ana M\xC3\xBCller.\n";

// Text offsets of the analysed text (blocks joined by "\n\n").
inline constexpr Span kHeadline{0, 27};      // Bridge to close, mayor says
inline constexpr Span kCriticsSentence{29, 76};
inline constexpr Span kBelievedSentence{77, 113};
inline constexpr Span kQuoteSentence{115, 153};

inline Mention mention(Span span, std::size_t sentence, int entity) {
    Mention m;
    m.span = span;
    m.sentence = sentence;
    m.entity = entity;
    return m;
}

inline Entity entity(std::string name, SourceKind kind, std::string side, std::vector<Mention> mentions,
                     int attributions) {
    Entity e;
    e.name = std::move(name);
    e.kind = kind;
    e.side = std::move(side);
    e.mentions = std::move(mentions);
    e.attributions = attributions;
    return e;
}

inline Attribution attribution(AttributionForm form, std::size_t sentence, Span cue, std::optional<Span> source,
                               std::vector<Span> content, int entity_index) {
    Attribution a;
    a.form = form;
    a.sentence = sentence;
    a.cue = cue;
    a.source = source;
    a.content = std::move(content);
    a.entity = entity_index;
    return a;
}

inline Claim claim(std::size_t sentence, Span span, std::vector<std::string> triggers, std::vector<int> support) {
    Claim c;
    c.sentence = sentence;
    c.span = span;
    c.triggers = std::move(triggers);
    c.support = std::move(support);
    return c;
}

inline Finding finding(std::string rule, Severity severity, std::string message, Span span, std::size_t sentence,
                       std::string source) {
    Finding f;
    f.rule = std::move(rule);
    f.severity = severity;
    f.message = std::move(message);
    f.span = span;
    f.sentence = sentence;
    f.source = std::move(source);
    return f;
}

inline Sentence sentence(Span span, std::size_t block, BlockKind kind, std::size_t index_in_block) {
    Sentence s;
    s.span = span;
    s.block = block;
    s.kind = kind;
    s.index_in_block = index_in_block;
    return s;
}

// A document whose analysed text is `original` itself (one linear piece).
inline CheckedDocument plain_document(std::string path, std::string original) {
    CheckedDocument checked;
    checked.doc.path = std::move(path);
    checked.doc.original = original;
    checked.doc.text = std::move(original);
    checked.doc.map.set_original(&checked.doc.original);
    checked.doc.map.add_piece({0, checked.doc.text.size(), 0, checked.doc.original.size()});
    checked.doc.blocks.push_back({BlockKind::Paragraph, Span{0, checked.doc.text.size()}});
    checked.seg.blocks = checked.doc.blocks;
    return checked;
}

inline CheckedDocument bridge_document() {
    CheckedDocument checked;
    Document& doc = checked.doc;
    doc.path = "stories/bridge.md";
    doc.format = InputFormat::Markdown;
    doc.original = std::string(kBridgeOriginal);
    doc.text =
        "Bridge to close, mayor says\n\n"
        "Critics say the closure will cost \xE2\x82\xAC" "3 million. It is believed the bridge is unsafe.\n\n"
        "\"We have no choice,\" said Ana M\xC3\xBCller.";
    doc.map.set_original(&doc.original);
    doc.map.add_piece({0, 27, 2, 27});
    doc.map.add_piece({29, 84, 31, 84});
    doc.map.add_piece({115, 38, 117, 38});
    doc.blocks = {{BlockKind::Headline, kHeadline}, {BlockKind::Paragraph, Span{29, 113}},
                  {BlockKind::Paragraph, kQuoteSentence}};

    checked.seg.blocks = doc.blocks;
    checked.seg.sentences = {sentence(kHeadline, 0, BlockKind::Headline, 0),
                             sentence(kCriticsSentence, 1, BlockKind::Paragraph, 0),
                             sentence(kBelievedSentence, 1, BlockKind::Paragraph, 1),
                             sentence(kQuoteSentence, 2, BlockKind::Paragraph, 0)};

    Analysis& analysis = checked.analysis;
    analysis.entities = {entity("Critics", SourceKind::Vague, "", {mention({29, 36}, 1, 0)}, 1),
                         entity("Ana M\xC3\xBCller", SourceKind::Person, "Ana M\xC3\xBCller",
                                {mention({141, 152}, 3, 1)}, 2),
                         entity("mayor", SourceKind::Person, "City Hall", {mention({17, 22}, 0, 2)}, 1)};
    analysis.attributions = {
        attribution(AttributionForm::Headline, 0, {23, 27}, Span{17, 22}, {{0, 15}}, 2),
        attribution(AttributionForm::Indirect, 1, {37, 40}, Span{29, 36}, {{41, 75}}, 0),
        attribution(AttributionForm::Agentless, 2, {77, 91}, std::nullopt, {{92, 112}}, -1),
        attribution(AttributionForm::Direct, 3, {136, 140}, Span{141, 152}, {{116, 134}}, 1),
    };
    analysis.claims = {claim(1, kCriticsSentence, {"statistic"}, {0}),
                       claim(2, kBelievedSentence, {"evaluation"}, {}),
                       claim(0, kHeadline, {"prediction", "causal"}, {2, 0})};

    checked.findings = {
        finding("vague-source", Severity::Warning,
                "Vague source 'Critics': say who they are or why they are qualified", {29, 36}, 1, "Critics"),
        finding("single-source-claim", Severity::Error, "Claim rests on one source: Critics", {63, 75}, 1,
                "Critics"),
        finding("agentless-attribution", Severity::Warning, "Agentless attribution 'It is believed': say who",
                {77, 91}, 2, ""),
        finding("relayed-statement", Severity::Info, "Statement relayed for Ana M\xC3\xBCller", {136, 152}, 3,
                "Ana M\xC3\xBCller"),
    };
    return checked;
}

inline std::vector<CheckedDocument> bridge_documents() {
    std::vector<CheckedDocument> documents;
    documents.push_back(bridge_document());
    return documents;
}

// The bridge story and a story with nothing to report, as a batch.
inline std::vector<CheckedDocument> bridge_and_clean_documents(std::string clean_path = "clean.txt") {
    std::vector<CheckedDocument> documents = bridge_documents();
    documents.push_back(plain_document(std::move(clean_path), "The council met."));
    return documents;
}

// A story with nothing to report, alone.
inline std::vector<CheckedDocument> clean_documents() {
    std::vector<CheckedDocument> documents;
    documents.push_back(plain_document("a.txt", "The council met."));
    return documents;
}

// The bridge story under another path, with only its first finding (vague-source at 3:1)
// carrying `message`: for tests of what a path or message may contain.
inline std::vector<CheckedDocument> bridge_with_one_finding(std::string path, std::string message) {
    std::vector<CheckedDocument> documents = bridge_documents();
    documents[0].doc.path = std::move(path);
    documents[0].findings.resize(1);
    documents[0].findings[0].message = std::move(message);
    return documents;
}

// A pack that knows one of the bridge document's rules, with an explanation and a standard that
// need escaping in every format; the other rules are unknown to it.
inline RulePack vague_source_pack() {
    RulePack pack;
    Check check;
    check.id = "vague-source";
    check.severity = Severity::Warning;
    check.summary = "A vague source such as \"experts\".";
    check.explain = "Say who they are.\n\nOr why they <b>know</b>.\n";
    check.standard = "ATTR-03: Wikipedia MOS:WEASEL";
    pack.checks.push_back(check);
    return pack;
}

// The report of `documents` in `format`, as tool version 9.9.9.
inline std::string render(ReportFormat format, const std::vector<CheckedDocument>& documents,
                          const RulePack& pack = RulePack{}, ReportOptions options = {}) {
    options.tool_version = "9.9.9";
    std::ostringstream out;
    write_report(out, format, documents, pack, options);
    return out.str();
}

}  // namespace claimcheck::test
