// The staff interface in a real browser (Debian's Chromium): signing in, a refused form, and
// every page checked with axe-core. The whole editorial story is in story-steps.mjs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launch, newPage, signIn, signOut, checkAccessibility, screenshot, PASSWORD,
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
});

test("an anonymous visitor gets the sign-in page, which links to the reading room", async () => {
  const page = await newPage(browser, server);
  const res = await page.goto(`${server.base}/`);
  assert.equal(res.status(), 200);
  assert.equal(await page.locator("h1").textContent(), "Sign in");
  assert.equal(await page.locator("a[href='/read']").count(), 1);
  await checkAccessibility(page, "the sign-in page");
  await page.context().close();
});

test("a wrong password is refused without saying whether the name exists", async () => {
  const page = await newPage(browser, server);
  const messages = [];
  for (const name of ["alex", "no-such-person"]) {
    await page.goto(`${server.base}/sign-in`);
    await page.locator("#name").fill(name);
    await page.locator("#password").fill("certainly not the password");
    await page.locator("form[action='/sign-in'] button[type=submit]").click();
    await page.waitForLoadState();
    messages.push(await page.locator("[role=alert]").textContent());
  }
  assert.equal(messages[0], messages[1]);
  await checkAccessibility(page, "a refused sign-in");
  await page.context().close();
});

test("a form without its CSRF token is refused and nothing is written", async () => {
  const page = await newPage(browser, server);
  await signIn(page, server, "ming");
  await page.goto(`${server.base}/articles`);
  await page.locator("details.new-article summary").click();
  await page.locator("#new-slug").fill("forged-post");
  await page.locator("#new-title").fill("Forged");
  await page.locator("#new-body").fill("A body.");
  await page.evaluate(() => document.querySelectorAll("form[action='/articles'][method=post] input[name=csrf]").forEach((e) => e.remove()));
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/articles") && r.request().method() === "POST"),
    page.locator("form[action='/articles'][method=post] button[type=submit]").click(),
  ]);
  assert.equal(res.status(), 403);
  await page.waitForLoadState();
  const list = await server.api("GET", "/api/v1/articles", server.tokens.ming);
  assert.equal(list.items.filter((a) => a.slug === "forged-post").length, 0);
  await page.context().close();
});

test("the people page lets an admin issue a token, shown once", async () => {
  const page = await newPage(browser, server);
  await signIn(page, server, "ming");
  await page.goto(`${server.base}/people`);
  await checkAccessibility(page, "the people page");
  const form = page.locator("form[action='/people/alex/tokens']");
  await form.locator("input[name=label]").fill("laptop");
  await form.locator("button").click();
  await page.waitForLoadState();
  const secret = (await page.locator("code.secret").textContent()).trim();
  assert.match(secret, /^btx_/);
  const r = await fetch(`${server.base}/api/v1/review-queue`, { headers: { authorization: `Bearer ${secret}` } });
  assert.equal(r.status, 200);
  await page.goto(`${server.base}/people`);
  assert.equal(await page.locator("code.secret").count(), 0);
  await signOut(page);
  await page.context().close();
});

test("the dashboard and the articles list pass the accessibility checks in both languages", async () => {
  for (const locale of ["en-US", "zh-CN"]) {
    const page = await newPage(browser, server, locale);
    await signIn(page, server, "jordan");
    assert.equal(await page.locator("html").getAttribute("lang"), locale);
    await checkAccessibility(page, `the dashboard (${locale})`);
    await page.goto(`${server.base}/articles`);
    await checkAccessibility(page, `the articles list (${locale})`);
    await page.context().close();
  }
  assert.ok(PASSWORD.length > 10);
});

test("sign-in is slowed after five failures under one name, even for the right password", async () => {
  const page = await newPage(browser, server);
  const attempt = async (password) => {
    await page.goto(`${server.base}/sign-in`);
    await page.locator("#name").fill("kit");
    await page.locator("#password").fill(password);
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/sign-in") && r.request().method() === "POST"),
      page.locator("form[action='/sign-in'] button[type=submit]").click(),
    ]);
    await page.waitForLoadState();
    return res.status();
  };
  for (let i = 0; i < 5; i++) assert.equal(await attempt("not kit's password"), 401);
  assert.equal(await attempt(PASSWORD), 429);
  assert.ok(page.url().includes("/sign-in"), "still not signed in");
  assert.match(await page.locator("[role=alert]").textContent(), /\d/, "says how long to wait");
  await page.context().close();
});
