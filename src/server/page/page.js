// The editor's page of `claimcheck serve`. Draft text only ever reaches the page through
// textContent and attributes, never as markup, so a draft cannot inject anything.
"use strict";

const DEBOUNCE_MS = 400;
const SEVERITIES = ["error", "warning", "info"];
const CHART_ROWS = 10;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// state.highlights (the HTML report's highlight classes, least serious first) and
// state.ruleHighlights (each check's class) come from /api/rules.
function highlightFor(state, rule) { return state.ruleHighlights[rule] || "hl-note"; }

// The report's offsets are UTF-8 bytes; the page's strings count UTF-16 units.
function byteToIndexMap(text) {
  const map = [];
  let index = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let b = 0; b < bytes; b++) map.push(index);
    index += ch.length;
  }
  map.push(index);
  return (byte) => map[Math.min(Math.max(byte, 0), map.length - 1)];
}

// The report gives each finding's sentence as text; its place in the draft is found near the
// finding's own span (exact offsets), falling back to that span when the draft's markup or
// line breaks make the sentence read differently.
function sentenceRange(text, start, end, sentence) {
  const head = sentence.slice(0, 24), tail = sentence.slice(-24);
  const from = text.lastIndexOf(head, start);
  const to = text.indexOf(tail, Math.max(from, end - tail.length));
  if (from < 0 || to < 0 || from > start || to + tail.length < end) return [start, end];
  return [from, to + tail.length];
}

function attributionRange(attribution, toIndex) {
  const spans = [attribution.cue, attribution.source, ...(attribution.content || [])].filter(Boolean);
  const starts = spans.map((s) => s.start), ends = spans.map((s) => s.end);
  return [toIndex(Math.min(...starts)), toIndex(Math.max(...ends))];
}

// Ranges of the draft to highlight: every finding's sentence (with its exact span marked) and
// every attribution.
function highlightRanges(text, doc) {
  const toIndex = byteToIndexMap(text);
  const findings = doc.findings.map((finding, i) => {
    const [start, end] = [toIndex(finding.start), toIndex(finding.end)];
    const [from, to] = sentenceRange(text, start, end, finding.sentence || "");
    return { from, to, markFrom: start, markTo: end, finding, index: i };
  });
  const attributions = doc.attributions.map((attribution) => {
    const [from, to] = attributionRange(attribution, toIndex);
    return { from, to, attribution };
  });
  return { findings, attributions };
}

function cutPoints(text, ranges) {
  const points = new Set([0, text.length]);
  for (const r of [...ranges.findings, ...ranges.attributions]) {
    points.add(r.from); points.add(r.to);
    if (r.finding) { points.add(r.markFrom); points.add(r.markTo); }
  }
  return [...points].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
}

function covering(ranges, from, to) { return ranges.filter((r) => r.from <= from && to <= r.to && r.from < r.to); }

function pieceClass(state, findings, attributions, from, to) {
  if (findings.length === 0) return attributions.length ? "s hl-fine" : "";
  const level = Math.max(...findings.map((r) => state.highlights.indexOf(highlightFor(state, r.finding.rule))));
  const marked = findings.some((r) => r.markFrom <= from && to <= r.markTo && r.markFrom < r.markTo);
  return "s " + state.highlights[level] + (marked ? " mark" : "");
}

function renderStory(state, storyNode) {
  const { text, ranges, hidden } = state;
  const shown = ranges.findings.filter((r) => !hidden.has(r.finding.rule));
  const points = cutPoints(text, ranges);
  const anchors = new Map();
  storyNode.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const findings = covering(shown, from, to);
    const cls = pieceClass(state, findings, covering(ranges.attributions, from, to), from, to);
    if (!cls) { storyNode.append(text.slice(from, to)); continue; }
    const piece = element("span", cls, text.slice(from, to));
    const rules = [...new Set(findings.map((r) => r.finding.rule))];
    if (rules.length) {
      piece.dataset.rules = rules.join(" ");
      piece.title = findings.map((r) => `${r.finding.severity}: ${r.finding.message} [${r.finding.rule}]`).join("\n");
    }
    for (const r of findings) if (!anchors.has(r.index)) anchors.set(r.index, piece);
    storyNode.append(piece);
  }
  return anchors;
}

function jumpTo(anchor) {
  if (!anchor) return;
  anchor.tabIndex = -1;
  anchor.scrollIntoView({ block: "center" });
  anchor.focus({ preventScroll: true });
  anchor.classList.add("jumped");
  setTimeout(() => anchor.classList.remove("jumped"), 1500);
}

function findingItem(finding, index, state) {
  const item = element("li");
  item.tabIndex = 0;
  item.setAttribute("role", "button");
  item.dataset.rule = finding.rule;
  if (state.hidden.has(finding.rule)) item.classList.add("off");
  item.append(element("span", "sev sev-" + finding.severity, finding.severity), " ",
    element("span", "msg", finding.message), " ", element("span", "where", `line ${finding.line} · ${finding.rule}`));
  const jump = () => jumpTo(state.anchors.get(index));
  item.addEventListener("click", jump);
  item.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") { event.preventDefault(); jump(); }
  });
  return item;
}

function renderFindings(state, node) {
  node.replaceChildren();
  const findings = state.doc.findings;
  if (findings.length === 0) { node.append(element("p", "no-findings", "No findings.")); return; }
  for (const severity of SEVERITIES) {
    const indexes = findings.map((f, i) => i).filter((i) => findings[i].severity === severity);
    if (indexes.length === 0) continue;
    node.append(element("h3", "", `${severity} (${indexes.length})`));
    const list = element("ul", "finding-list");
    for (const i of indexes) list.append(findingItem(findings[i], i, state));
    node.append(list);
  }
}

function svgElement(tag, attributes, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Attributions per source, most-cited first (the report's order), as horizontal bars.
function sourceChart(sources) {
  const rows = sources.slice(0, CHART_ROWS);
  const [labelWidth, barWidth, rowHeight] = [150, 190, 20];
  const most = Math.max(1, ...rows.map((s) => s.attributions));
  const svg = svgElement("svg", { class: "chart", role: "img", width: labelWidth + barWidth + 40,
    height: rows.length * rowHeight + 4, "aria-label": "Attributions per source" });
  rows.forEach((source, i) => {
    const y = i * rowHeight;
    const label = source.name.length > 22 ? source.name.slice(0, 21) + "…" : source.name;
    svg.append(svgElement("text", { class: "label", x: labelWidth - 6, y: y + 14 }, label));
    const width = Math.max(2, (source.attributions / most) * barWidth);
    svg.append(svgElement("rect", { class: "src-" + source.kind, x: labelWidth, y: y + 3, width, height: rowHeight - 6 }));
    svg.append(svgElement("text", { class: "count", x: labelWidth + width + 4, y: y + 14 }, String(source.attributions)));
  });
  return svg;
}

function sourceTable(sources) {
  const table = element("table", "sources");
  const head = element("tr");
  for (const name of ["Source", "Kind", "Mentions", "Attributions"]) head.append(element("th", "", name));
  const thead = element("thead");
  thead.append(head);
  table.append(thead);
  const body = element("tbody");
  for (const source of sources) {
    const row = element("tr");
    const kind = element("td");
    kind.append(element("span", "swatch src-" + source.kind), source.kind);
    row.append(element("td", "", source.name), kind, element("td", "", String(source.mentions)),
      element("td", "", String(source.attributions)));
    body.append(row);
  }
  table.append(body);
  return table;
}

function renderSources(doc, chartNode, tableNode) {
  chartNode.replaceChildren();
  tableNode.replaceChildren();
  if (doc.sources.length === 0) { tableNode.append(element("p", "no-sources", "No sources found.")); return; }
  chartNode.append(sourceChart(doc.sources));
  tableNode.append(sourceTable(doc.sources));
}

function renderLegend(highlights, node) {
  node.replaceChildren();
  for (const highlight of [...highlights].reverse()) {
    const item = element("li");
    item.append(element("span", "swatch " + highlight.class), highlight.label);
    node.append(item);
  }
}

function updateCheckCounts(state, checksNode) {
  for (const count of checksNode.querySelectorAll(".count")) {
    const rule = count.dataset.rule;
    count.textContent = state.doc ? String(state.doc.findings.filter((f) => f.rule === rule).length) : "";
  }
}

function renderAll(state, nodes) {
  if (!state.doc) return;
  state.anchors = renderStory(state, nodes.story);
  renderFindings(state, nodes.findings);
  renderSources(state.doc, nodes.chart, nodes.sources);
  updateCheckCounts(state, nodes.checks);
}

function checkToggle(rule, state, nodes) {
  const label = element("label");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.dataset.rule = rule.id;
  box.addEventListener("change", () => {
    if (box.checked) state.hidden.delete(rule.id); else state.hidden.add(rule.id);
    renderAll(state, nodes);
  });
  const count = element("span", "count");
  count.dataset.rule = rule.id;
  label.title = rule.summary;
  label.append(box, element("span", "sev sev-" + rule.severity, rule.severity), element("code", "", rule.id), count);
  return label;
}

async function loadRules(state, nodes) {
  const response = await fetch("/api/rules");
  const body = await response.json();
  state.highlights = body.highlights.map((highlight) => highlight.class);
  for (const rule of body.rules) {
    state.ruleHighlights[rule.id] = rule.highlight;
    nodes.checks.append(checkToggle(rule, state, nodes));
  }
  renderLegend(body.highlights, nodes.legend);
}

function describe(doc) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of doc.findings) counts[finding.severity]++;
  const total = doc.findings.length;
  return `${total} finding${total === 1 ? "" : "s"} (${counts.error} errors, ${counts.warning} warnings, ` +
    `${counts.info} info), ${doc.attributions.length} attributions, ${doc.sources.length} sources.`;
}

function setStatus(nodes, message, isError) {
  nodes.status.textContent = message;
  nodes.status.classList.toggle("error", Boolean(isError));
}

// Sends one request; an answer that arrives after a newer request was sent is dropped.
async function runCheck(state, nodes, text, body, headers) {
  const ticket = ++state.ticket;
  setStatus(nodes, "Checking…");
  let response, answer;
  try {
    response = await fetch("/api/check", { method: "POST", body, headers });
    answer = await response.json();
  } catch (error) {
    if (ticket === state.ticket) setStatus(nodes, "The server did not answer: is `claimcheck serve` still running?", true);
    return;
  }
  if (ticket !== state.ticket) return;
  if (!response.ok) { setStatus(nodes, answer.error || `The server answered ${response.status}.`, true); return; }
  state.text = text;
  state.doc = answer.documents[0];
  state.ranges = highlightRanges(text, state.doc);
  renderAll(state, nodes);
  setStatus(nodes, describe(state.doc));
  document.body.dataset.checked = String(ticket);
}

function checkPasted(state, nodes) {
  const text = nodes.draft.value;
  const body = JSON.stringify({ text, format: nodes.format.value });
  return runCheck(state, nodes, text, body, { "Content-Type": "application/json" });
}

async function checkFile(state, nodes, file) {
  const text = await file.text();
  nodes.draft.value = text;
  if (/\.(txt|text)$/i.test(file.name)) nodes.format.value = "text";
  if (/\.(md|markdown|mdown|mkd)$/i.test(file.name)) nodes.format.value = "markdown";
  if (/\.(html|htm|xhtml)$/i.test(file.name)) nodes.format.value = "html";
  const form = new FormData();
  form.append("file", file, file.name);
  return runCheck(state, nodes, text, form, {});
}

function wireInput(state, nodes) {
  let timer = 0;
  const schedule = () => { clearTimeout(timer); timer = setTimeout(() => checkPasted(state, nodes), DEBOUNCE_MS); };
  nodes.draft.addEventListener("input", schedule);
  nodes.format.addEventListener("change", schedule);
  nodes.file.addEventListener("change", () => { if (nodes.file.files[0]) checkFile(state, nodes, nodes.file.files[0]); });
  nodes.drop.addEventListener("dragover", (event) => { event.preventDefault(); nodes.drop.classList.add("over"); });
  nodes.drop.addEventListener("dragleave", () => nodes.drop.classList.remove("over"));
  nodes.drop.addEventListener("drop", (event) => {
    event.preventDefault();
    nodes.drop.classList.remove("over");
    if (event.dataTransfer.files[0]) checkFile(state, nodes, event.dataTransfer.files[0]);
  });
}

function start() {
  const ids = ["draft", "format", "file", "drop", "status", "story", "legend", "checks", "findings", "chart", "sources"];
  const nodes = Object.fromEntries(ids.map((id) => [id, document.getElementById(id)]));
  const state = { text: "", doc: null, ranges: null, hidden: new Set(), anchors: new Map(), ticket: 0,
    highlights: ["hl-fine"], ruleHighlights: {} };
  wireInput(state, nodes);
  loadRules(state, nodes).catch(() => setStatus(nodes, "The list of checks could not be loaded.", true));
}

document.addEventListener("DOMContentLoaded", start);
