// The reading room as the web's own tools see it: every public page (the front page, an
// article with subheads in each layout, a superseded edition, the original's page, the edition
// history, a withdrawn translation) passes the Nu HTML checker with no error and axe-core with
// no violation of any impact, in English and in Chinese; screenshots of the front page and of
// an article with subheads go to docs/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launch, newPage, screenshot } from "./support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const VNU = join(here, "node_modules/vnu-jar/build/dist/vnu.jar");
const AXE = readFileSync(join(here, "node_modules/axe-core/axe.min.js"), "utf8");

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  await publishStories();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const T = (slug, lang = "en") => `/api/v1/articles/${slug}/translations/${lang}`;

async function act(slug, who, body, lang = "en") {
  await server.api("POST", `${T(slug, lang)}/actions`, server.tokens[who], body);
}

// Takes a translation from draft to published: submitted by alex, approved by jordan,
// published by sam.
async function through(slug, lang, revision, note) {
  await act(slug, "alex", { action: "submit" }, lang);
  await act(slug, "jordan", { action: "approve", revision }, lang);
  await act(slug, "sam", note ? { action: "publish", correction_note: note } : { action: "publish" }, lang);
}

async function article(slug, title, paragraphs) {
  await server.api("POST", "/api/v1/articles", server.tokens.ming, {
    slug, language: "zh-Hans", title, body: paragraphs.join("\n\n"),
  });
}

async function translation(slug, lang, title, paragraphs) {
  await server.api("POST", `/api/v1/articles/${slug}/translations`, server.tokens.alex, {
    language: lang, title, body: paragraphs.join("\n\n"),
  });
}

const SOURCE = [
  "昨夜河水上涨两米，沿岸三个村庄的居民连夜撤离。",
  "## 没有活路",
  "一位菜农说，地里的菜全被淹了。",
  "县政府说，已有4000多人被安置在学校和体育馆。",
];
const ENGLISH = [
  "The river rose two metres overnight, and residents of three villages along its banks left in the night.",
  "## No way to survive",
  "A vegetable farmer said every crop in his fields was under water.",
  "The county government said more than 4,000 people were in schools and sports halls.",
];
const CORRECTED = [...ENGLISH];
CORRECTED[2] = "A vegetable farmer said all the vegetables in his fields were under water.";

// The story with subheads, in English (published, then corrected) and in French; and a second
// story whose translation is withdrawn.
async function publishStories() {
  await article("river-rises", "河水上涨，沿岸居民连夜撤离", SOURCE);
  await translation("river-rises", "en", "River rises; villagers leave in the night", ENGLISH);
  await through("river-rises", "en", 1);
  await server.api("POST", `${T("river-rises")}/revisions`, server.tokens.alex,
    { title: "River rises; villagers leave in the night", body: CORRECTED.join("\n\n") },
    { "if-match": '"1"' });
  await through("river-rises", "en", 2, "An earlier version misquoted the farmer.");
  await translation("river-rises", "fr", "La rivière monte", [
    "La rivière est montée de 2 mètres cette nuit, et les habitants de 3 villages sont partis dans la nuit.",
    "## Aucun moyen de survivre",
    "Un maraîcher a dit que tous les légumes de ses champs étaient sous l'eau.",
    "Le gouvernement du comté a dit que plus de 4000 personnes étaient dans des écoles et des gymnases.",
  ]);
  await through("river-rises", "fr", 1);
  await article("bridge-closed", "大桥封闭", ["大桥今天封闭。"]);
  await translation("bridge-closed", "en", "Bridge closed", ["The bridge closed today."]);
  await through("bridge-closed", "en", 1);
  await act("bridge-closed", "sam", { action: "withdraw", comment: "The source was retracted." });
}

// Every public page, by path, with the status it answers.
const PAGES = [
  ["/read", 200],
  ["/read?lang=en", 200],
  ["/read?source=zh-Hans", 200],
  ["/read/river-rises/en", 200],
  ["/read/river-rises/en?layout=interleaved", 200],
  ["/read/river-rises/en?layout=translation", 200],
  ["/read/river-rises/en?edition=1", 200],
  ["/read/river-rises/fr", 200],
  ["/read/river-rises/zh-Hans", 200],
  ["/read/river-rises/en/editions", 200],
  ["/read/bridge-closed/en", 410],
];

test("every public page passes the Nu HTML checker with no error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bitext-vnu-"));
  const files = [];
  for (const [i, [path, status]] of PAGES.entries()) {
    for (const locale of ["en-US", "zh-CN"]) {
      const res = await fetch(server.base + path, { headers: { "accept-language": locale } });
      assert.equal(res.status, status, path);
      const file = join(dir, `${i}-${locale}.html`);
      writeFileSync(file, await res.text());
      files.push([file, `${path} (${locale})`]);
    }
  }
  const run = spawnSync("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files.map(([f]) => f)], {
    encoding: "utf8",
  });
  assert.ok(run.stderr.trim().startsWith("{"), `vnu did not run: ${run.error ?? ""} ${run.stderr}`);
  const { messages } = JSON.parse(run.stderr);
  const named = new Map(files.map(([f, what]) => [`file:${f}`, what]));
  const errors = messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map((m) => `${named.get(m.url) ?? m.url}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors, [], "the Nu HTML checker found errors");
});

test("every public page has no axe-core violation of any impact, in English and in Chinese", async () => {
  for (const locale of ["en-US", "zh-CN"]) {
    const page = await newPage(browser, server, locale);
    for (const [path] of PAGES) {
      await page.goto(server.base + path);
      await page.evaluate(AXE);
      // eslint-disable-next-line no-undef
      const result = await page.evaluate(() => axe.run(document));
      const violations = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`,
      );
      assert.deepEqual(violations, [], `axe on ${path} (${locale})`);
      assert.deepEqual(page.foreign, [], `${path} asked another host for something`);
      assert.deepEqual(page.consoleErrors, [], `${path} logged errors`);
      assert.deepEqual(page.failedAssets, [], `${path} asked for something missing`);
    }
    await page.context().close();
  }
});

test("screenshots of the front page and of an article with subheads", async () => {
  for (const locale of ["en-US", "zh-CN"]) {
    const page = await newPage(browser, server, locale);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${server.base}/read`);
    await screenshot(page, `front-page-${locale}`);
    await page.goto(`${server.base}/read/river-rises/en`);
    assert.equal(await page.locator("h2.translation").first().textContent(), "No way to survive");
    await screenshot(page, `subheads-${locale}`);
    await page.context().close();
  }
});
