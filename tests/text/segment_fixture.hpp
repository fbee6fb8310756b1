// Documents built by hand for the segment stage tests (no loader involved), the example options
// the tests use, and helpers that turn results into text so expectations read like the draft.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "text/segment.hpp"

namespace claimcheck::segment_test {

struct BlockSpec {
    BlockKind kind = BlockKind::Paragraph;
    std::string text;
};

// Blocks joined by "\n\n", as the loader joins them.
inline Document make_document(const std::vector<BlockSpec>& blocks) {
    Document doc;
    for (const BlockSpec& spec : blocks) {
        if (!doc.blocks.empty()) doc.text += "\n\n";
        Block block;
        block.kind = spec.kind;
        block.span.start = doc.text.size();
        doc.text += spec.text;
        block.span.end = doc.text.size();
        doc.blocks.push_back(block);
    }
    return doc;
}

inline Document paragraphs(std::initializer_list<std::string> texts) {
    std::vector<BlockSpec> blocks;
    for (const std::string& text : texts) blocks.push_back({BlockKind::Paragraph, text});
    return make_document(blocks);
}

// Example roles in the shape the rule pack will give (the real ones live in rules/en/).
inline SegmentOptions example_options() {
    SegmentOptions options;
    options.abbreviations = {"Gen", "U.S", "Sept", "a.m", "p.m", "Dr", "No", "Mr"};
    options.sentence_openers = {"He", "She", "The", "It"};
    options.block_roles = {
        {BlockKind::Caption, R"(^Image caption\b)"},
        {BlockKind::Credit, R"(^(?:Image copyright|Photo(?:graph)?:|Picture:))"},
        {BlockKind::Byline, R"(^By [A-Z])"},
        {BlockKind::Dateline,
         R"(^\W*\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$)"},
        {BlockKind::Boilerplate, R"(^(?:Share this story|Related Topics|More on this story))"},
    };
    return options;
}

// Built once for all tests: construction compiles ICU tries and regexes; segment() is const.
inline const Segmenter& example_segmenter() {
    static const Segmenter segmenter(example_options());
    return segmenter;
}

inline std::vector<std::string> sentence_texts(const Document& doc, const Segmented& seg) {
    std::vector<std::string> texts;
    for (const Sentence& sentence : seg.sentences) texts.emplace_back(sentence.span.in(doc.text));
    return texts;
}

inline std::vector<std::string> quote_texts(const Document& doc, const Segmented& seg) {
    std::vector<std::string> texts;
    for (const Quote& quote : seg.quotes) texts.emplace_back(quote.span.in(doc.text));
    return texts;
}

inline std::vector<std::string> sentences_of(const std::string& text) {
    const Document doc = paragraphs({text});
    return sentence_texts(doc, example_segmenter().segment(doc));
}

inline std::vector<std::string> quotes_of(const std::string& text) {
    const Document doc = paragraphs({text});
    return quote_texts(doc, example_segmenter().segment(doc));
}

using Texts = std::vector<std::string>;

}  // namespace claimcheck::segment_test
