// Screenshots of Rapporter: the list of documents and the council's återrapport previewed in the
// window; a group's återrapport with its words being written. The whole flow is driven from the
// keyboard (Tab to an entry, Enter), and axe-core (WCAG 2.1 A/AA) runs on each screen.
// Usage (starts the real core and Vite itself): node scripts/reports-shots.mjs [outdir]
import { openShots, runAxe, tabTo } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/reports";
const { browser, page, shot, base } = await openShots(out);
const axe = (name) => runAxe(page, name);

await page.goto(base);
await page.getByTestId("nav-reports").click();
await page.getByTestId("report-year-end").waitFor();

// The council's återrapport, opened from the keyboard.
await tabTo(page, "report-year-end");
await page.keyboard.press("Enter");
await page.getByTestId("document-preview").waitFor({ timeout: 20_000 });
await shot("01-council-year-end-preview");
await axe("council återrapport");
await page.getByRole("heading", { name: "Diagram" }).scrollIntoViewIfNeeded();
await shot("02-council-year-end-chart");
await page.getByRole("heading", { name: "Arbetsgruppernas återrapporter" }).scrollIntoViewIfNeeded();
await shot("03-council-year-end-groups");

// The timeline, previewed as its drawing (PDF only).
await tabTo(page, "report-timeline");
await page.keyboard.press("Enter");
await page.getByTestId("preview-drawing").waitFor({ timeout: 20_000 });
await shot("03b-timeline-preview");
await axe("timeline preview");

// A group's återrapport, with her words.
const group = page.locator('[data-testid^="report-year-end-"]').filter({ hasText: "Förenade anställningar" });
await group.focus();
await page.keyboard.press("Enter");
await page.getByTestId("year-end-results").waitFor();
await page.waitForFunction(() => !document.querySelector('[data-testid="year-end-results"]')?.disabled);
await page.getByTestId("year-end-results").fill("Gruppen har kartlagt tolv modeller för förenade anställningar.\n- Inför en gemensam avtalsmall\n- Samordna med Nationella vårdkompetensrådet");
await page.getByTestId("year-end-continues-yes").focus();
await page.keyboard.press("Space");
await page.getByTestId("year-end-save").focus();
await page.keyboard.press("Enter");
await page.getByTestId("document-preview").getByText("Gruppen har kartlagt tolv modeller").waitFor({ timeout: 20_000 });
await shot("04-group-year-end-words");
await axe("group återrapport");
await browser.close();
