#include <doctest/doctest.h>

#include <string>

#include "document/html_depth.hpp"

using namespace claimcheck;

namespace {

std::string repeat(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("html depth: nested elements count, the one past the limit is found") {
    CHECK(html_depth_overflow(repeat("<div>", 3), 3) == std::nullopt);
    CHECK(html_depth_overflow("<div><DIV class=\"a>b\"><span>x", 2) == std::size_t{22});
    CHECK(html_depth_overflow(repeat("<div></div>", 10000), 1) == std::nullopt);
    CHECK(html_depth_overflow(repeat("<b><i>", 600), kMaxHtmlDepth) == std::size_t{3 * 1000});
}

TEST_CASE("html depth: void elements, elements closed by their next sibling and merged ones take no depth") {
    CHECK(html_depth_overflow("<html><head><meta charset=utf-8></head><body>" + repeat("<br><img src=x>", 100), 1) ==
          std::nullopt);
    CHECK(html_depth_overflow("<ul>" + repeat("<li>item", 5000) + "</ul>", 2) == std::nullopt);
    CHECK(html_depth_overflow(repeat("<p><span>unclosed span", 5000), 2) == std::nullopt);  // <p> closes the span too
    CHECK(html_depth_overflow("<table>" + repeat("<tr><td><div>cell", 5000) + "</table>", 3) == std::nullopt);
    CHECK(html_depth_overflow("<dl>" + repeat("<dt>term<dd><b>definition", 5000) + "</dl>", 3) == std::nullopt);
    CHECK(html_depth_overflow("<select>" + repeat("<option>x", 5000) + "</select>", 1) == std::nullopt);
}

TEST_CASE("html depth: end tags close what a browser closes") {
    // </ruby> closes the <rt> left open inside it.
    CHECK(html_depth_overflow(repeat("<ruby>kan<rt>k</ruby>", 5000), 2) == std::nullopt);
    // A stray end tag closes nothing; one past a scope boundary (a table) neither.
    CHECK(html_depth_overflow(repeat("<div></span>", 3), 3) == std::nullopt);
    CHECK(html_depth_overflow(repeat("<div></span>", 4), 3) == std::size_t{36});
    CHECK(html_depth_overflow(repeat("<div><table></div>", 2), 3) == std::size_t{23});
    // </span> does not close past a <div> (a special element): the span stays open.
    CHECK(html_depth_overflow("<span><div></span></div><i><b>x", 2) == std::size_t{27});
}

TEST_CASE("html depth: comments, raw text and foreign self-closing tags") {
    CHECK(html_depth_overflow("<!-- " + repeat("<div>", 10) + " -->", 1) == std::nullopt);
    CHECK(html_depth_overflow("<script>" + repeat("<div>", 10) + "</SCRIPT><b>x</b>", 1) == std::nullopt);
    CHECK(html_depth_overflow("<svg>" + repeat("<path d=\"M0 0\"/>", 5000) + "</svg>", 1) == std::nullopt);
    // Outside <svg>, a slash does not close a <div> (browsers ignore it).
    CHECK(html_depth_overflow(repeat("<div/>", 3), 2) == std::size_t{12});
    CHECK(html_depth_overflow("<!DOCTYPE html><?php x ?>< div>" + repeat("<div>", 2), 2) == std::nullopt);
    CHECK(html_depth_overflow("<plaintext>" + repeat("<div>", 10), 1) == std::nullopt);
}
