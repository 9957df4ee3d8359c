// The lägesrapport in Rapporter at 1280×800, as it first opens: are the draft fields (inledning,
// avslutning, beslutspunkter) and the start of the preview both on screen? Prints where the
// preview starts and runs axe-core (WCAG 2.1 A/AA); then the draft opened, and keyboard order.
// Usage (starts the real core and Vite itself): node scripts/status-report-layout-shots.mjs [outdir]
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/status-report-layout";
const { browser, page, shot, base, bridge } = await openShots(out);

const au = await bridge("/invoke/get_committee", { year: 2022 });
const heldOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
await bridge("/invoke/add_meeting", {
  owner: { kind: "committee", id: au.id },
  input: { heldOn, whenText: "", startsAt: "", endsAt: "", mode: null, place: "", purpose: "AU-möte", notes: "" },
});

async function previewTop(name) {
  const box = await page.getByTestId("document-preview").boundingBox();
  console.log(`${name}: the preview starts at y = ${Math.round(box?.y ?? -1)} (window 800 high)`);
}

await page.goto(base);
await page.getByTestId("nav-reports").click();
await page.getByTestId("report-status-report").click();
await page.getByTestId("document-preview").waitFor({ timeout: 20_000 });
await shot("01-status-report-opened");
await previewTop("opened");
await runAxe(page, "lägesrapport opened");

// With her words written, as the report is usually opened the second time.
const toggle = page.getByTestId("status-draft-toggle");
const draftOpen = () => page.getByTestId("status-report-draft").evaluate((d) => d.open === true);
if ((await toggle.count()) && !(await draftOpen())) await toggle.click();
await page.getByTestId("status-intro").fill("Sedan förra mötet har arbetet gått enligt plan.");
await page.getByTestId("status-intro-save").click();
await page.getByTestId("document-preview").getByText("Sedan förra mötet").waitFor({ timeout: 20_000 });
await page.goto(base);
await page.getByTestId("nav-reports").click();
await page.getByTestId("report-status-report").click();
await page.getByTestId("document-preview").waitFor({ timeout: 20_000 });
await page.waitForTimeout(500);
await shot("02-status-report-with-words");
await previewTop("with words");
await runAxe(page, "lägesrapport with words");
if (await toggle.count()) {
  console.log(`with words the draft is ${(await draftOpen()) ? "open" : "folded"}`);
  await toggle.focus();
  await page.keyboard.press("Enter");
  console.log(`after Enter on its summary it is ${(await draftOpen()) ? "open" : "folded"}`);
  await shot("03-status-report-words-open");
  await previewTop("words open");
  await runAxe(page, "lägesrapport, words open");
}
await browser.close();
