// The translation memory in the workspace, in a real browser, in English and in Chinese: what
// was approved for a paragraph like this one shows under it with its score and what differs,
// and its button puts the remembered translation in the paragraph's text area.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, newPage, signIn, checkAccessibility, screenshot } from "./support.mjs";

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

const APPROVED = "滨江早市本周六起搬进新建的大棚，摊位从六十个增加到九十个。";
const RENDERED = "The Riverside morning market moves into a new hall this Saturday, with ninety stalls instead of sixty.";

// An approved translation, then a new story whose first paragraph differs from it by a day.
async function remembered() {
  const { ming, alex, jordan } = server.tokens;
  await server.api("POST", "/api/v1/articles", ming, {
    slug: "market", language: "zh-Hans", title: "滨江早市搬进新大棚", body: APPROVED,
  });
  await server.api("POST", "/api/v1/articles/market/translations", alex, {
    language: "en", title: "Riverside market moves", body: RENDERED,
  });
  const t = "/api/v1/articles/market/translations/en";
  await server.api("POST", `${t}/actions`, alex, { action: "submit" });
  await server.api("POST", `${t}/actions`, jordan, { action: "approve", revision: 1 });
  await server.api("POST", "/api/v1/articles", ming, {
    slug: "market-sunday", language: "zh-Hans", title: "滨江早市改期",
    body: `${APPROVED.replace("周六", "周日")}\n\n早市营业时间延长至中午十二点。`,
  });
  await server.api("POST", "/api/v1/articles/market-sunday/translations", alex, {
    language: "en", title: "Riverside market on Sunday", body: "Draft.",
  });
}

test("a remembered translation shows under its source paragraph and goes into the text area", async () => {
  await remembered();
  for (const locale of ["en-US", "zh-CN"]) {
    const page = await newPage(browser, server, locale);
    await signIn(page, server, "alex");
    await page.goto(`${server.base}/articles/market-sunday/en`);
    const memory = page.locator("#para-1 details.tm");
    await assert.doesNotReject(memory.waitFor());
    assert.equal(await page.locator("#para-2 details.tm").count(), 0, "no memory for a new paragraph");
    const item = memory.locator(".tm-item").first();
    assert.equal(await item.locator(".tm-target").textContent(), RENDERED);
    assert.match(await item.locator(".tm-score").textContent(), /9\d/);
    assert.match(await item.locator("del").textContent(), /六$/);
    assert.match(await item.locator("ins").textContent(), /日$/);
    await checkAccessibility(page, `the workspace with memory suggestions (${locale})`);
    await screenshot(page, `workspace-memory-${locale}`);
    await item.locator("button.tm-use").click();
    assert.equal(await page.locator("#p-1").inputValue(), RENDERED);
    await page.context().close();
  }
});
