// Screenshots of Översikt on the example at 1280×800: seen on the real today (the 2022 plan is in
// the past, so what was not finished shows as late), and seen on 15 September 2022, before the AU's meeting of 23 September (the window's
// clock set back), with the late tasks line opened. axe-core (WCAG 2.1 A/AA) runs on both.
// Usage (starts the real core and Vite itself): node scripts/overview-shots.mjs [outdir]
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/overview";
const { browser, page, shot, base, bridge } = await openShots(out);

const axe = (name) => runAxe(page, name);

await page.goto(base);
await page.getByTestId("attention-line").first().waitFor();
await shot("01-overview-today");
await shot("02-overview-today-full", true);
await axe("Översikt, today");

// The example's colours are not decided yet (its workshop proposes them): decide some, so the
// chart shows every priority, and start two activities.
const plans = await bridge("/invoke/list_plans", {});
const activities = await bridge("/invoke/list_activities", { planId: plans[0].id, filter: {} });
const colours = ["green", "yellow", "red", "green", null];
for (const [i, a] of activities.entries()) {
  await bridge("/invoke/set_activity_priority", { id: a.id, priority: colours[i % colours.length] });
  if (i % 3 === 0) await bridge("/invoke/set_activity_status", { id: a.id, status: "inProgress" });
}
await page.clock.setFixedTime(new Date(2022, 8, 15, 10, 0));
await page.goto(base);
await page.getByTestId("attention-line").first().waitFor();
await shot("03-overview-15-sep-2022");
await page.getByTestId("overview-chart").scrollIntoViewIfNeeded();
await shot("04-overview-15-sep-2022-chart", true);
await axe("Översikt, 15 September 2022");
await browser.close();
