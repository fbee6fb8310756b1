// The page of `claimcheck serve` in Debian's headless chromium, driven by playwright-core:
//   node page_check.mjs CLAIMCHECK OUTDIR [--update-screenshot]
// Pastes samples/council-budget.md, waits for the check (debounced as the editor types), and
// expects a highlight for every check that fired, the findings list and the source table with
// its chart; Enter on a finding focuses its sentence; turning a check off removes exactly its
// highlights; a hostile draft stays text. Saves OUTDIR/serve-screenshot.png (with
// --update-screenshot also tests/server/serve-screenshot.png, which README.md shows).
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE_DIR = resolve(HERE, "../../..");
const SAMPLE = join(SOURCE_DIR, "samples/council-budget.md");
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const HOSTILE = "# Test\n\n<img src=x onerror=\"document.body.dataset.owned=1\"> <script>document.body.dataset.owned=1</script> " +
  "Experts said the plan would fail.\n";

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

// Resolves with the server's URL once it prints the line that says where it listens.
function startServer(binary) {
  const server = spawn(binary, ["serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolveUrl, reject) => {
    server.stdout.on("data", (chunk) => {
      const match = /serving on (http:\/\/[0-9.]+:[0-9]+)/.exec(String(chunk));
      if (match) resolveUrl({ server, url: match[1] });
    });
    server.on("exit", (code) => reject(new Error(`claimcheck serve exited with ${code}`)));
  });
}

async function report(url, text) {
  const response = await fetch(url + "/api/check", { method: "POST", body: JSON.stringify({ text, format: "markdown" }),
    headers: { "Content-Type": "application/json" } });
  return (await response.json()).documents[0];
}

// Types into the textarea and waits until the page has shown the answer to the last input.
async function paste(page, text) {
  const before = await page.evaluate(() => document.body.dataset.checked || "0");
  await page.fill("#draft", text);
  await page.waitForFunction((seen) => (document.body.dataset.checked || "0") !== seen, before, { timeout: 30000 });
}

const highlightedRules = (page) => page.$$eval("#story [data-rules]", (nodes) =>
  [...new Set(nodes.flatMap((node) => node.dataset.rules.split(" ")))].sort());

async function checkSample(page, expected) {
  const rules = [...new Set(expected.findings.map((f) => f.rule))].sort();
  expect(JSON.stringify(await highlightedRules(page)) === JSON.stringify(rules),
    `highlighted checks ${await highlightedRules(page)} are not the report's ${rules}`);
  expect(await page.locator("#findings li").count() === expected.findings.length, "the findings list misses findings");
  expect(await page.locator("#sources tbody tr").count() === expected.sources.length, "the source table misses sources");
  expect(await page.locator("#chart svg rect").count() === Math.min(10, expected.sources.length), "no bar per source");
  const first = expected.sources[0].name;
  expect(await page.locator("#sources tbody tr").first().locator("td").first().textContent() === first,
    `the first source should be ${first}`);
  expect(await page.locator("#story .hl-fine").count() > 0, "attributed sentences are not highlighted as fine");
}

async function checkKeyboard(page) {
  await page.locator("#findings li").first().focus();
  await page.keyboard.press("Enter");
  const focused = await page.evaluate(() => document.activeElement.className);
  expect(/\bs\b/.test(focused) && /hl-/.test(focused), `Enter on a finding should focus its sentence, not '${focused}'`);
}

async function checkToggle(page, rule) {
  const box = page.locator(`#checks input[data-rule="${rule}"]`);
  await box.uncheck();
  let rules = await highlightedRules(page);
  expect(!rules.includes(rule) && rules.length > 0, `turning ${rule} off should remove only its highlights: ${rules}`);
  await box.check();
  rules = await highlightedRules(page);
  expect(rules.includes(rule), `turning ${rule} back on should show its highlights again`);
}

async function checkHostile(page) {
  await paste(page, HOSTILE);
  const story = await page.locator("#story").textContent();
  expect(story === HOSTILE, "the hostile draft does not read back as text");
  expect(await page.locator("#story img, #story script").count() === 0, "draft markup became elements");
  expect(await page.evaluate(() => document.body.dataset.owned) === undefined, "a draft's script ran");
}

async function main() {
  const [binary, outDir, flag] = process.argv.slice(2);
  const { server, url } = await startServer(resolve(binary));
  const profile = mkdtempSync(join(tmpdir(), "claimcheck-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 1000 },
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const external = [];
    const pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => { if (!request.url().startsWith(url)) external.push(request.url()); });
    await page.goto(url);
    await page.waitForSelector("#checks input[data-rule]");
    const sample = readFileSync(SAMPLE, "utf8");
    await paste(page, sample);
    const expected = await report(url, sample);
    await checkSample(page, expected);
    const screenshot = join(outDir, "serve-screenshot.png");
    await page.screenshot({ path: screenshot });
    if (flag === "--update-screenshot") copyFileSync(screenshot, join(SOURCE_DIR, "tests/server/serve-screenshot.png"));
    await checkKeyboard(page);
    await checkToggle(page, "vague-source");
    await checkHostile(page);
    expect(external.length === 0, `the page made requests elsewhere: ${external}`);
    expect(pageErrors.length === 0, `the page's script failed: ${pageErrors}`);
    console.log(`PASS: ${expected.findings.length} findings highlighted, ${expected.sources.length} sources; ${screenshot}`);
  } finally {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => { console.error("FAIL:", error.message); process.exit(1); });
