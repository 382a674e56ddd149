// The whole editorial story in a real browser, in English and in Chinese: a translator drafts
// and submits; an editor reads the diff, comments and requests changes; the translator
// revises; a second editor approves; the publisher publishes; a reader opens the bilingual
// page. Also: a stale save resolved through the merge. Screenshots go to docs/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launch, newPage, watch, signIn, checkAccessibility, screenshot, weights,
} from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  for (const [what, bytes] of weights) console.log(`page weight: ${bytes} bytes, ${what}`);
});

const SOURCE = {
  title: "河水上涨，沿岸居民连夜撤离",
  paragraphs: [
    "昨夜河水上涨两米，沿岸三个村庄的居民连夜撤离。",
    "县政府说，截至今天早上，已有4000多人被安置在学校和体育馆。",
    "气象部门预计，未来三天还会有强降雨。",
  ],
};
const FIRST = [
  "The river rose two metres overnight, and residents of three villages along its banks left in the night.",
  "The county government said more than 4,000 people were in schools and sports halls by this morning.",
  "Forecasters expect heavy rain for three more days.",
];

// Posts a form by clicking its button and waits for the page it leads to.
async function submit(page, button) {
  await Promise.all([page.waitForNavigation(), button.click()]);
}

// Everyone's pages in one locale; `tag` names the screenshots.
async function story(locale, slug) {
  const as = async (name) => {
    const page = await newPage(browser, server, locale);
    await signIn(page, server, name);
    return page;
  };
  const url = (path) => `${server.base}${path}`;

  // The source desk writes the article.
  const ming = await as("ming");
  await ming.goto(url("/articles"));
  await ming.locator("details.new-article summary").click();
  await ming.locator("#new-slug").fill(slug);
  await ming.locator("#new-title").fill(SOURCE.title);
  await ming.locator("#new-body").fill(SOURCE.paragraphs.join("\n\n"));
  await submit(ming, ming.locator("form[action='/articles'][method=post] button[type=submit]"));
  assert.ok(ming.url().endsWith(`/articles/${slug}`), ming.url());
  await checkAccessibility(ming, `the article page (${locale})`);

  // 1. The translator drafts and submits.
  const alex = await as("alex");
  await alex.goto(url(`/articles/${slug}`));
  await startTranslation(alex, "en");
  await alex.goto(url(`/articles/${slug}/en`));
  await alex.locator("#ws-title").fill("River rises; residents flee overnight");
  for (const [i, text] of FIRST.entries()) await alex.locator(`#p-${i + 1}`).fill(text);
  await submit(alex, alex.locator("button[form=ws-save]"));
  assert.equal(await alex.locator("#p-2").inputValue(), FIRST[1]);
  await checkAccessibility(alex, `the workspace (${locale})`);
  await screenshot(alex, `workspace-${locale}`);
  await submit(alex, alex.locator("form[action$='/actions'] input[value=submit] ~ button"));
  assert.equal(await alex.locator("[role=status]").count(), 1, "a notice says it was submitted");

  // 2. An editor reads it, comments on a paragraph and requests changes.
  const jordan = await as("jordan");
  await checkAccessibility(jordan, `the dashboard (${locale})`);
  await screenshot(jordan, `dashboard-${locale}`);
  await submit(jordan, jordan.locator(`a[href='/articles/${slug}/en/review']`).first());
  await checkAccessibility(jordan, `the first review (${locale})`);
  // Select words in paragraph 2, then "comment on paragraph 2": the form takes both.
  await jordan.locator("[data-quote-source='1'] p").first().selectText();
  await jordan.locator("a[data-comment-on='1']").click();
  assert.equal(await jordan.locator("#comment-paragraph").inputValue(), "1");
  assert.notEqual(await jordan.locator("#comment-quote").inputValue(), "", "the selection is quoted");
  await jordan.locator("#comment-body").fill("“4000多” is “more than 4,000”: keep it, but say where they are.");
  await submit(jordan, jordan.locator("#new-comment button[type=submit]"));
  await jordan.locator("#request-comment").fill("Please name the shelters.");
  await submit(jordan, jordan.locator("form.request-changes button[type=submit]"));

  // 3. The translator sees the comment beside the paragraph and revises.
  await alex.goto(url(`/articles/${slug}/en`));
  assert.match(await alex.locator("main").textContent(), /more than 4,000/);
  await alex.locator("#p-2").fill("The county government said more than 4,000 people were sheltering in schools and sports halls by this morning.");
  await submit(alex, alex.locator("button[form=ws-save]"));
  await submit(alex, alex.locator("form[action$='/actions'] input[value=submit] ~ button"));

  // 4. A second editor reads the diff since the first review and approves it.
  await jordan.goto(url(`/articles/${slug}/en/review`));
  assert.ok((await jordan.locator("ins").count()) > 0, "insertions are marked");
  assert.ok((await jordan.locator("[data-change]").count()) > 0, "changed paragraphs are focusable");
  await jordan.keyboard.press("j");
  assert.equal(await jordan.evaluate(() => document.activeElement.hasAttribute("data-change")), true, "j moves to a change");
  await checkAccessibility(jordan, `the review of changes (${locale})`);
  await screenshot(jordan, `review-${locale}`);
  await ming.goto(url(`/articles/${slug}/en/review`));
  const approve = ming.locator("form.approve");
  const open = approve.locator("input[name=acknowledge_open_threads]");
  if (await open.count()) await open.check();
  await submit(ming, approve.locator("button[type=submit]"));
  const approved = await server.api("GET", `/api/v1/articles/${slug}/translations/en`, server.tokens.ming);
  assert.equal(approved.state, "approved");

  // 5. The publisher checks the credits and publishes.
  const sam = await as("sam");
  await sam.goto(url(`/articles/${slug}/en/publish`));
  assert.match(await sam.locator("main").textContent(), /Alex Chen/);
  await checkAccessibility(sam, `the publish page (${locale})`);
  await screenshot(sam, `publish-${locale}`);
  await submit(sam, sam.locator("form.publish button[type=submit]"));
  const published = await server.api("GET", `/api/v1/articles/${slug}/translations/en`, server.tokens.ming);
  assert.equal(published.state, "published");

  // 6. A reader finds it at /read and opens the bilingual page.
  const reader = await newPage(browser, server, locale);
  await reader.goto(url("/read"));
  await submit(reader, reader.locator(`a[href='/read/${slug}/en']`));
  const text = await reader.locator("body").textContent();
  assert.match(text, /sheltering in schools/);
  assert.match(text, /4000多人/);
  await screenshot(reader, `reader-${locale}`);
  await checkAccessibility(reader, `the bilingual page (${locale})`);
  await reader.goto(url("/read"));
  await checkAccessibility(reader, `the readers' index (${locale})`);

  // The history and comparing source revisions, as the desk sees them after the fact.
  await jordan.goto(url(`/articles/${slug}/en/history`));
  assert.ok((await jordan.locator("main table").count()) > 0, "revisions and events are listed");
  await checkAccessibility(jordan, `the history (${locale})`);
  await jordan.goto(url(`/articles/${slug}/compare?from=1&to=1`));
  await checkAccessibility(jordan, `comparing source revisions (${locale})`);
  const missing = await jordan.goto(url(`/articles/no-such-article`));
  assert.equal(missing.status(), 404);
  assert.equal(await jordan.locator("html").getAttribute("lang"), locale, "the error page is in the reader's language");
  await checkAccessibility(jordan, `an error page (${locale})`);

  for (const p of [ming, alex, jordan, sam, reader]) await p.context().close();
}

// Starts a translation from the article page.
async function startTranslation(page, language) {
  const form = page.locator("form[action$='/translations']");
  await form.locator("input[name=language]").fill(language);
  const title = form.locator("input[name=title]");
  if (await title.count()) await title.fill("Draft");
  const body = form.locator("textarea[name=body]");
  if (await body.count()) await body.fill(FIRST.map(() => "…").join("\n\n"));
  await submit(page, form.locator("button[type=submit]"));
}

test("the whole story in English", async () => {
  await story("en-US", "river-rises");
});

test("the whole story in Chinese", async () => {
  await story("zh-CN", "river-rises-zh");
});

test("a stale save is resolved through the merge and loses nobody's work", async () => {
  const slug = "stale-save";
  await server.api("POST", "/api/v1/articles", server.tokens.ming, {
    slug, language: "zh-Hans", title: SOURCE.title, body: SOURCE.paragraphs.join("\n\n"),
  });
  await server.api("POST", `/api/v1/articles/${slug}/translations`, server.tokens.alex, {
    language: "en", title: "River rises", body: FIRST.join("\n\n"),
  });
  const first = await newPage(browser, server);
  await signIn(first, server, "alex");
  const second = watch(await first.context().newPage(), server);
  await first.goto(`${server.base}/articles/${slug}/en`);
  await second.goto(`${server.base}/articles/${slug}/en`);
  // The first tab changes paragraph 1 and saves; the second, still on the old revision,
  // changes paragraph 3 and saves.
  await first.locator("#p-1").fill("The river rose by two metres overnight.");
  await submit(first, first.locator("button[form=ws-save]"));
  await second.locator("#p-3").fill("Forecasters expect three more days of heavy rain.");
  const [res] = await Promise.all([
    second.waitForResponse((r) => r.url().endsWith("/save")),
    second.locator("button[form=ws-save]").click(),
  ]);
  assert.equal(res.status(), 409);
  await second.waitForLoadState();
  await checkAccessibility(second, "the merge page");
  const text = await second.locator("main").evaluate((m) => Array.from(m.querySelectorAll("textarea"), (t) => t.value).join("\n") + m.textContent);
  assert.match(text, /three more days of heavy rain/, "my change is kept");
  assert.match(text, /two metres overnight/, "theirs is there too");
  await submit(second, second.locator("main button[type=submit]").first());
  const t = await server.api("GET", `/api/v1/articles/${slug}/translations/en/revisions/3`, server.tokens.alex);
  assert.match(t.body, /rose by two metres overnight/);
  assert.match(t.body, /three more days of heavy rain/);
  await first.context().close();
});

test("unsaved text in the workspace survives closing the tab", async () => {
  const slug = "closed-tab";
  await server.api("POST", "/api/v1/articles", server.tokens.ming, {
    slug, language: "zh-Hans", title: SOURCE.title, body: SOURCE.paragraphs.join("\n\n"),
  });
  await server.api("POST", `/api/v1/articles/${slug}/translations`, server.tokens.alex, {
    language: "en", title: "River rises", body: FIRST.join("\n\n"),
  });
  const page = await newPage(browser, server);
  await signIn(page, server, "alex");
  await page.goto(`${server.base}/articles/${slug}/en`);
  await page.locator("#p-2").fill("Typed but never saved.");
  const context = page.context();
  await page.close();
  const again = watch(await context.newPage(), server);
  await again.goto(`${server.base}/articles/${slug}/en`);
  assert.equal(await again.locator("#p-2").inputValue(), "Typed but never saved.");
  assert.equal(await again.locator("[data-restored]").isVisible(), true, "the page says the text was restored");
  const head = await server.api("GET", `/api/v1/articles/${slug}/translations/en`, server.tokens.alex);
  assert.equal(head.head, 1, "nothing was saved on the server");
  await context.close();
});
