// The style sheet of the HTML report, inline so the page stays one file. The highlight colours
// are distinguishable in grey scale too (their lightness differs), and the underline marks the
// exact words a finding points at.
#include "report/html_parts.hpp"

namespace claimcheck::html {

std::string_view page_style() {
    return R"css(:root { --unattributed: #f4b9b2; --single: #fbd38d; --weak: #d9c8f0; --note: #c6def5; --fine: #d3eed3; }
body { margin: 0; padding: 0 1.5rem 4rem; background: #f7f6f2; color: #1d1d1d;
       font: 17px/1.6 Georgia, "DejaVu Serif", serif; }
header, nav, main, .rules { max-width: 76rem; margin: 0 auto; }
h1, h2, h3, table, .summary, .counts, .legend, .hint, .findings, .tip, .source-panel, .no-findings {
  font-family: system-ui, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 1.5rem 0 .3rem; }
h2 { font-size: 1.15rem; margin: 1.2rem 0 .4rem; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
.summary { font-size: 1.05rem; margin: .2rem 0; }
.hint, .counts, .no-findings, .no-sources { color: #555; font-size: .9rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; font-size: .9rem; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .4em;
          vertical-align: -.1em; border: 1px solid rgba(0, 0, 0, .2); }
table { border-collapse: collapse; font-size: .88rem; }
th, td { border-bottom: 1px solid #e2e0d8; padding: .25rem .55rem; text-align: left; vertical-align: top; }
th { background: #efede6; }
.rules td:nth-child(n+3), .index td:nth-child(n+2), .sources td:nth-child(n+3) { text-align: right; }
.index { overflow-x: auto; }
.index th.rule-col { writing-mode: vertical-rl; transform: rotate(180deg); vertical-align: bottom;
                    padding: .5rem .2rem; }
.index td:first-child { white-space: nowrap; }
.story { max-width: 76rem; margin: 1.5rem auto; padding: .6rem 1.6rem 1.2rem; background: #fff;
         border: 1px solid #dcd9cf; border-radius: 8px; }
.story-body { display: grid; grid-template-columns: minmax(0, 1fr) 440px; gap: 2.2rem; align-items: start; }
@media (max-width: 62rem) { .story-body { grid-template-columns: minmax(0, 1fr); } }
.block { margin: .7rem 0; }
.k-headline { font-size: 1.4rem; font-weight: bold; line-height: 1.35; }
.k-heading { font-weight: bold; }
.k-blockquote { border-left: 3px solid #bbb; padding-left: .9rem; font-style: italic; }
.k-list-item::before { content: "\2022\00a0"; }
.k-caption, .k-credit, .k-byline, .k-dateline, .k-boilerplate { color: #666; font-size: .9rem; }
.s { position: relative; border-radius: 3px; padding: 1px 1px; cursor: help;
     -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.hl-unattributed { background: var(--unattributed); }
.hl-single { background: var(--single); }
.hl-weak { background: var(--weak); }
.hl-note { background: var(--note); }
.hl-fine { background: var(--fine); }
.s:focus { outline: 2px solid #333; outline-offset: 1px; }
.mark { text-decoration: underline wavy #9b1c1c; text-decoration-skip-ink: none; text-underline-offset: 4px; }
.tip { display: none; position: absolute; left: 0; top: 100%; margin-top: 6px; z-index: 10; width: 27rem;
       max-width: 80vw; padding: .55rem .8rem; background: #fff; color: #222; border: 1px solid #999;
       border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, .2); font-size: .84rem; line-height: 1.4;
       font-style: normal; font-weight: normal; text-align: left; cursor: auto; }
.s:hover > .tip, .s:focus > .tip, .s:focus-within > .tip, .s:target > .tip { display: block; }
.tip-item, .tip-head, .tip-msg, .tip-src, .tip-why, .tip-std { display: block; }
.tip-item + .tip-item { border-top: 1px solid #ddd; margin-top: .45rem; padding-top: .45rem; }
.tip-msg { font-weight: 600; margin: .15rem 0; }
.tip-why { color: #444; margin-top: .25rem; }
.tip-std { color: #666; font-size: .78rem; margin-top: .25rem; }
.sev { padding: 0 .35em; border-radius: 3px; color: #fff; font-size: .72rem; text-transform: uppercase;
       letter-spacing: .03em; }
.sev-error { background: #b3261e; }
.sev-warning { background: #9a5800; }
.sev-info { background: #2f5f86; }
.findings { padding-left: 1.6rem; font-size: .92rem; }
.findings li { margin: .2rem 0; }
code { font-size: .85em; }
.source-panel { overflow-x: auto; }
.source-panel h3 { margin-top: .6rem; }
.sources { width: 100%; font-size: .76rem; }
.sources th, .sources td { padding: .2rem .25rem; }
.sources td:nth-child(2) { white-space: nowrap; }
.chart { display: block; margin-bottom: .6rem; max-width: 100%; height: auto; }
.chart .label { font-size: 12px; text-anchor: end; fill: #333; }
.chart .count { font-size: 12px; fill: #333; }
.src-person { fill: #4e79a7; background: #4e79a7; }
.src-organization { fill: #59a14f; background: #59a14f; }
.src-document { fill: #9c755f; background: #9c755f; }
.src-anonymous { fill: #e15759; background: #e15759; }
.src-vague { fill: #f28e2b; background: #f28e2b; }
.src-unresolved { fill: #a0a0a0; background: #a0a0a0; }
)css";
}

}  // namespace claimcheck::html
