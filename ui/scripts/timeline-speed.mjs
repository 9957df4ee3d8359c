// A rough measure of the window's share of Tidslinje on a large plan (not a test): opens a file
// made with `radsplan example FILE --activities N`, then times the click on Tidslinje to the
// frame with its items drawn (a long plan draws the lanes near the screen), the zoom to a quarter, and a filter, in Chromium at 1280×800.
// Usage: RADSPLAN_APP=… node scripts/timeline-speed.mjs FILE
import { openShots } from "./browser.mjs";

const file = process.argv[2];
if (!file) throw new Error("usage: node scripts/timeline-speed.mjs FILE.radsplan");
const { browser, page, base, bridge } = await openShots("/tmp/ui-shots/timeline-speed");
await bridge("/invoke/open_recent_file", { path: file });
await page.clock.setFixedTime(new Date("2022-10-01T10:00:00"));
await page.goto(base);
await page.getByTestId("nav-timeline").waitFor();

async function timed(name, act, done) {
  const start = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(done);
  const end = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  console.log(`${name}: ${Math.round(end - start)} ms`);
}

await timed("open Tidslinje", () => page.getByTestId("nav-timeline").click(),
  () => document.querySelectorAll('[data-testid="timeline-item"]').length > 0);
console.log(await page.getByTestId("timeline-count").textContent(), "– drawn near the screen:",
  await page.getByTestId("timeline-item").count());
await timed("zoom to quarter", () => page.getByTestId("timeline-zoom-quarter").click(),
  () => document.querySelector('[data-week="2022-W39"]') !== null);
await timed("zoom to year", () => page.getByTestId("timeline-zoom-year").click(),
  () => document.querySelector('[data-week="2022-W1"]') !== null);
const before = await page.getByTestId("timeline-count").textContent();
await timed("filter: grön", () => page.getByTestId("timeline-filter-priority").selectOption("green"),
  `document.querySelector('[data-testid="timeline-count"]')?.textContent !== ${JSON.stringify(before)}`);
console.log("after the filter:", await page.getByTestId("timeline-count").textContent());
// Again, with the place's code already loaded by Vite (the first open also compiles it).
await page.getByTestId("nav-plan").click();
await page.waitForTimeout(500);
await timed("open Tidslinje again", () => page.getByTestId("nav-timeline").click(),
  () => document.querySelectorAll('[data-testid="timeline-item"]').length > 0);
await browser.close();
