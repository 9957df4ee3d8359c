// Screenshots of Tidslinje on the example council, seen on 1 October 2022 (the page's clock is
// set): the year, a quarter, filtered to one working group, and an item focused from the
// keyboard. axe-core (WCAG 2.1 A/AA) runs on the year and on the quarter.
// Usage (starts the real core and Vite itself): node scripts/timeline-shots.mjs [outdir]
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/timeline";
const { browser, page, shot, base } = await openShots(out);

const axe = (name) => runAxe(page, name);

await page.clock.setFixedTime(new Date("2022-10-01T10:00:00"));
await page.goto(base);
await page.getByTestId("nav-timeline").click();
await page.getByTestId("timeline-item").first().waitFor();
await shot("01-year");
await axe("year");

await page.getByTestId("timeline-zoom-quarter").click();
await shot("02-quarter");
await axe("quarter");

await page.getByTestId("timeline-zoom-year").click();
await page.getByTestId("timeline-group-by").selectOption("group");
await page.getByTestId("timeline-filter-group").selectOption({ index: 1 });
await shot("03-one-group");

await page.getByTestId("timeline-clear-filters").click();
await page.getByTestId("timeline-item").first().focus();
await page.keyboard.press("ArrowRight");
await shot("04-keyboard");
await browser.close();
