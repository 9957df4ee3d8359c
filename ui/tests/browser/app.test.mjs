// The UI in Debian's Chromium on the real core (radsplan dev-bridge + Vite): what jsdom cannot
// show, a real browser's layout, focus and keyboard, against a real council file.
// Run: npm run test:browser (needs a debug build of the app: RADSPLAN_APP or target/debug/radsplan).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openBrowser, startPreview } from "../../scripts/browser.mjs";

let preview;
let browser;
let page;
let errors;

before(async () => {
  preview = await startPreview();
  ({ browser, page, errors } = await openBrowser());
});

after(async () => {
  await browser?.close();
  await preview?.stop();
});

describe("in Chromium on the real core", () => {
  test("a priority typed on a row is stored in the council file and still there after a reload", async () => {
    await preview.call("/test/reset", { open: true });
    await page.goto(preview.url);
    // A file opens on Översikt; the rows are in the plan.
    await page.getByTestId("nav-plan").click();
    const row = page.getByTestId("activity-row").first();
    await row.waitFor();
    const id = Number(await row.getAttribute("data-activity-id"));
    await row.locator('td[data-col="title"]').focus();
    await page.keyboard.press("3");
    await page.getByTestId("activity-row").first().getByTestId("priority-cell").filter({ hasText: "röd" }).waitFor();

    const [stored] = await preview.call("/invoke/get_activities", { ids: [id] });
    assert.equal(stored.priority, "red");

    await page.reload();
    await page.getByTestId("nav-plan").click();
    await page.getByTestId("activity-row").first().getByTestId("priority-cell").filter({ hasText: "röd" }).waitFor();
    assert.deepEqual(errors, []);
  });

  test("from the welcome screen, Öppna exemplet opens the example council", async () => {
    await preview.call("/test/reset", { open: false });
    await page.goto(preview.url);
    await page.getByTestId("open-example").click();
    // The example opens on Översikt, with what needs attention.
    await page.getByTestId("overview-today").waitFor();
    const status = await preview.call("/invoke/app_status");
    assert.equal(status.councilName, "Regionalt vårdkompetensråd Mellansverige");
    assert.match(await page.locator("header").innerText(), /Regionalt vårdkompetensråd Mellansverige/);
    assert.deepEqual(errors, []);
  });
});
