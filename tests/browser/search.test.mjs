// Search in a real browser, in English and in Chinese: the box in the banner is reached from
// the keyboard, a Chinese query without spaces and an English prefix find their documents with
// the hits marked, the filters narrow them, and the results page passes axe. Screenshots of the
// results at 1200 and 420 pixels wide go to docs/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launch, newPage, signIn, checkAccessibility, screenshot, weights,
} from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  const ed = server.tokens.ming;
  const article = (slug, language, title, body) =>
    server.api("POST", "/api/v1/articles", ed, { slug, language, title, body });
  await article("cbp-rules", "zh-Hans", "美国海关发布新规定",
    "美国海关与边境保护局周一发布新规定，入境旅客须提前申报随身携带的电子设备。\n\n" +
    "海关官员表示，新规定将在下月起实施，违反者可能被罚款。");
  await article("run-movement", "zh-Hans", "年轻人中的“润”运动",
    "越来越多的年轻人讨论“润”运动，也就是移居海外。\n\n有人说，这是对前途的担忧。");
  await article("port-report", "en", "A busy week at the port",
    "Customs officers at the port checked more containers than ever this week, and border " +
    "guards worked extra shifts.");
  await server.api("POST", "/api/v1/articles/cbp-rules/translations", server.tokens.alex, {
    language: "en",
    title: "US Customs announces new rules",
    body: "U.S. Customs and Border Protection announced new rules on Monday: travellers must " +
      "declare the electronic devices they carry.\n\nCustoms officials said the rules take " +
      "effect next month, and those who break them may be fined.",
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  for (const [what, bytes] of weights) console.log(`page weight: ${bytes} bytes, ${what}`);
});

for (const [locale, button] of [["en-US", "Search"], ["zh-CN", "搜索"]]) {
  test(`search from the banner finds Chinese without spaces and English prefixes (${locale})`, async () => {
    const page = await newPage(browser, server, locale);
    await signIn(page, server, "alex");
    // The box is reached from the keyboard: the skip link, the brand, the navigation, then it.
    await page.keyboard.press("Tab");
    let focused = "";
    for (let i = 0; i < 8 && focused !== "site-search"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id ?? "");
    }
    assert.equal(focused, "site-search");
    assert.equal(
      await page.locator("form.search button").textContent(),
      button,
    );
    await page.keyboard.type("海关");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    assert.match(page.url(), /\/search\?q=/);
    const marks = await page.locator("ol.results mark").allTextContents();
    assert.ok(marks.length >= 2 && marks.every((m) => m === "海关"), marks.join(","));
    assert.deepEqual(
      await page.locator("ol.results h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
      ["/articles/cbp-rules"],
    );
    await checkAccessibility(page, `search results (${locale})`);

    await page.goto(`${server.base}/search?q=custom`);
    assert.deepEqual(
      await page.locator("ol.results h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
      ["/articles/cbp-rules/en", "/articles/port-report"],
    );
    for (const width of [1200, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `search-${locale}-${width}`);
    }
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${server.base}/search?q=custom&state=source`);
    assert.deepEqual(
      await page.locator("ol.results h2 a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
      ["/articles/port-report"],
    );
    await page.goto(`${server.base}/search?q=%E6%B6%A6`);
    assert.equal(await page.locator("ol.results li").count(), 1);
    await page.goto(`${server.base}/search?q=nothing-like-this`);
    assert.equal(await page.locator("ol.results").count(), 0);
    await checkAccessibility(page, `search without results (${locale})`);
    await page.context().close();
  });
}
