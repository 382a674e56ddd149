// Test support: a fresh Bitext server on its own SQLite file with four people who have
// passwords, Debian's Chromium driven by playwright-core, sign-in, accessibility checks with
// axe-core, and screenshots for the README.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../..");
export const BIN = process.env.BITEXT_BIN || join(root, "target/debug/bitext");
export const CHROMIUM = process.env.BITEXT_CHROMIUM || "/usr/bin/chromium";
export const SCREENSHOTS = join(root, "docs/screenshots");
export const PASSWORD = "a long enough password";

// The people of every test: user name, display name, roles.
export const PEOPLE = [
  ["alex", "Alex Chen", "translator"],
  ["jordan", "Jordan Lee", "editor"],
  ["ming", "Wang Ming", "editor,admin"],
  ["sam", "Sam Okafor", "publisher"],
  // Only for the sign-in throttling test, which locks this name out for a while.
  ["kit", "Kit Wong", "translator"],
];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on("error", fail);
  });
}

function run(args, dir, input) {
  const r = spawnSync(BIN, args, {
    cwd: dir,
    input,
    encoding: "utf8",
    env: { ...process.env, BITEXT_DATABASE_URL: `sqlite://${join(dir, "bitext.db")}` },
  });
  assert.equal(r.status, 0, `bitext ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

// A server on a fresh database, with the people above (each with PASSWORD) and their tokens.
export async function startServer(extraArgs = []) {
  const dir = mkdtempSync(join(tmpdir(), "bitext-browser-"));
  run(["migrate"], dir);
  const tokens = {};
  for (const [name, display, roles] of PEOPLE) {
    tokens[name] = run(["user", "add", name, "--role", roles, "--display-name", display], dir);
    run(["user", "passwd", name], dir, `${PASSWORD}\n`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(BIN, ["serve", "--addr", `127.0.0.1:${port}`, ...extraArgs], {
    cwd: dir,
    env: { ...process.env, BITEXT_DATABASE_URL: `sqlite://${join(dir, "bitext.db")}` },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => { log += d; });
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  const api = async (method, path, token, body, headers = {}) => {
    const r = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    assert.ok(r.ok, `${method} ${path}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    base,
    dir,
    tokens,
    api,
    log: () => log,
    stop: () => new Promise((ok) => { child.once("exit", ok); child.kill("SIGTERM"); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

// A browser window in `locale` (its Accept-Language), which records every request so that a
// test can check that nothing left for another host.
export async function newPage(browser, server, locale = "en-US") {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 1000 } });
  return watch(await context.newPage(), server);
}

// Records what a page asks of other hosts, what it logs as errors and which of its assets fail.
export function watch(page, server) {
  page.setDefaultTimeout(10000);
  page.foreign = [];
  page.on("request", (req) => {
    if (!req.url().startsWith(server.base) && !req.url().startsWith("data:")) page.foreign.push(req.url());
  });
  page.consoleErrors = [];
  // Errors a page logs (a refused script or style, a script failing); a document answered
  // with an error status (a refused sign-in is a 401) is logged too and is not a fault.
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource: the server responded")) {
      page.consoleErrors.push(msg.text());
    }
  });
  page.failedAssets = [];
  page.on("response", (res) => {
    if (res.request().resourceType() !== "document" && res.status() >= 400) page.failedAssets.push(res.url());
  });
  return page;
}

export async function signIn(page, server, name) {
  await page.goto(`${server.base}/`);
  await page.locator("#name").fill(name);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("form[action='/sign-in'] button[type=submit]").click();
  await page.waitForLoadState();
  assert.ok(!page.url().includes("/sign-in"), `signed in as ${name}: ${page.url()}`);
}

export async function signOut(page) {
  await page.locator("form[action='/sign-out'] button").click();
  await page.waitForLoadState();
}

const AXE = readFileSync(join(here, "node_modules/axe-core/axe.min.js"), "utf8");

// Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and fails on any serious or
// critical violation. Returns how many pages have been checked.
let checked = 0;
// Each checked page's weight, for the summary.
export const weights = [];
export async function checkAccessibility(page, what) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `accessibility of ${what}`,
  );
  assert.deepEqual(page.foreign, [], `${what} asked another host for something`);
  assert.deepEqual(page.consoleErrors, [], `${what} logged errors (a CSP refusal, say)`);
  assert.deepEqual(page.failedAssets, [], `${what} asked for something missing`);
  const weight = await pageWeight(page);
  assert.ok(weight <= 100 * 1024, `${what} weighs ${weight} bytes with its CSS and script (budget 100 KB)`);
  weights.push([what, weight]);
  checked += 1;
  return checked;
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

// The bytes of a page with its style sheet and script, for the weight budget (fetched from the
// test, since the pages' own policy lets no script fetch anything).
export async function pageWeight(page) {
  const html = await page.content();
  const assets = await page.evaluate(() =>
    Array.from(document.querySelectorAll("link[rel=stylesheet], script[src]"), (el) => el.href || el.src),
  );
  let total = Buffer.byteLength(html);
  for (const url of assets) total += (await (await fetch(url)).arrayBuffer()).byteLength;
  return total;
}
