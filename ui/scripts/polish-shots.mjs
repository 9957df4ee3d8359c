// Tidslinje's Skriv ut / Exportera menu (PDF on A4 or A3, or a picture) and the calendar in
// Rapporter previewed as its list of events, at 1280×800; axe-core (WCAG 2.1 A/AA) on each.
// Usage (starts the real core and Vite itself): node scripts/polish-shots.mjs [outdir]
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/polish";
const { browser, page, shot, base } = await openShots(out);

await page.goto(base);
await page.getByTestId("nav-timeline").click();
await page.getByTestId("timeline-export").waitFor({ timeout: 20_000 });
await page.getByTestId("timeline-export").focus();
await page.keyboard.press("Enter");
await page.getByTestId("timeline-export-pdf-a3").waitFor();
await shot("01-timeline-export-menu");
await runAxe(page, "Tidslinje, export menu open");
await page.keyboard.press("Escape");

await page.getByTestId("nav-reports").click();
await page.getByTestId("report-calendar").click();
await page.getByTestId("document-preview").waitFor({ timeout: 20_000 });
await shot("02-reports-calendar-preview");
await runAxe(page, "Rapporter, the calendar");
await page.getByTestId("report-export").click();
await page.getByTestId("report-export-ics").waitFor();
await shot("03-reports-calendar-export-menu");
await page.keyboard.press("Escape");
await page.getByText("November 2022").first().scrollIntoViewIfNeeded();
await shot("04-reports-calendar-november");
await browser.close();
