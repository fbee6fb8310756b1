// The tokenizer the cue frames walk over: words with their offsets, marks by kind, quotation
// marks told apart from apostrophes by the segmenter's quotation spans.
#include <doctest/doctest.h>

#include <string>

#include "analysis/tokens.hpp"

using namespace claimcheck;

namespace {

// "word" for a word (with * when capitalised and [q] when inside a quotation), the kind's
// name for a mark; tokens separated by spaces.
std::string describe(std::string_view text, const std::vector<Quote>& quotes = {}) {
    std::string out;
    for (const Token& token : tokenize_sentence(text, Span{0, text.size()}, quotes)) {
        if (!out.empty()) out += ' ';
        switch (token.kind) {
            case TokenKind::Word:
                out += std::string(token.span.in(text));
                if (token.lower != std::string(token.span.in(text)) && !token.capitalised) out += "(" + token.lower + ")";
                if (token.in_quote) out += "[q]";
                break;
            case TokenKind::Comma: out += "COMMA"; break;
            case TokenKind::Colon: out += "COLON"; break;
            case TokenKind::Semicolon: out += "SEMI"; break;
            case TokenKind::Dash: out += "DASH"; break;
            case TokenKind::OpenParen: out += "OPEN"; break;
            case TokenKind::CloseParen: out += "CLOSE"; break;
            case TokenKind::QuoteOpen: out += "QOPEN"; break;
            case TokenKind::QuoteClose: out += "QCLOSE"; break;
            case TokenKind::End: out += "END"; break;
            case TokenKind::Other: out += "OTHER"; break;
        }
    }
    return out;
}

Quote quote_at(std::string_view text, std::string_view open, std::string_view close) {
    const std::size_t start = text.find(open);
    const std::size_t end = text.find(close, start + open.size()) + close.size();
    return Quote{Span{start, end}, Span{start + open.size(), end - close.size()}};
}

}  // namespace

TEST_CASE("tokens: words, marks and the final stop") {
    CHECK(describe("The mayor said: no; never.") == "The mayor said COLON no SEMI never END");
    CHECK(describe("Aid (about $5,000) arrived - late.") == "Aid OPEN about OTHER 5,000 CLOSE arrived DASH late END");
}

TEST_CASE("tokens: a dot inside a sentence joins an abbreviation but not a plain word") {
    CHECK(describe("Sen. Ruiz of the U.S. Senate spoke.") == "Sen. Ruiz of the U.S. Senate spoke END");
    CHECK(describe("Ruiz (D-Conn.) spoke.") == "Ruiz OPEN D-Conn. CLOSE spoke END");
    CHECK(describe("(It will close, she said.)") == "OPEN It will close COMMA she said END CLOSE");
    CHECK(describe("She said... nothing.") == "She said END END END nothing END");
}

TEST_CASE("tokens: apostrophes stay in their word and possessives are recognised") {
    CHECK(describe("The officials' plan and Trump's aides didn't agree.") ==
          "The officials' plan and Trump's aides didn't agree END");
    CHECK(is_possessive("officials'"));
    CHECK(is_possessive("Trump’s"));
    CHECK(without_possessive("Trump's") == "Trump");
    CHECK_FALSE(is_possessive("didn't"));
}

TEST_CASE("tokens: quotation marks open and close, and the words between are inside") {
    const std::string text = "\"We won,\" Ruiz said.";
    CHECK(describe(text, {quote_at(text, "\"", "\"")}) == "QOPEN We[q] won[q] COMMA QCLOSE Ruiz said END");
    // Without a quotation span the same marks are stray.
    CHECK(describe(text) == "OTHER We won COMMA OTHER Ruiz said END");
}

TEST_CASE("tokens: single quotes are quotation marks only where the segmenter found a quotation") {
    const std::string text = "'It's over,' Ruiz said of the deal's end.";
    const std::size_t close = text.find(",'") + 1;
    CHECK(describe(text, {Quote{Span{0, close + 1}, Span{1, close}}}) ==
          "QOPEN It's[q] over[q] COMMA QCLOSE Ruiz said of the deal's end END");
}

TEST_CASE("tokens: lower-cased forms fold case for lookups") {
    auto tokens = tokenize_sentence("SAID Ruiz", Span{0, 9}, {});
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].lower == "said");
    CHECK(tokens[0].capitalised);
    CHECK(tokens[1].lower == "ruiz");
}
