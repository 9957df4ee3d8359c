// Screenshots of the Aktivitetsplan place against the real core (radsplan dev-bridge).
// Usage (starts the real core and Vite itself): npm run shots:plan [outdir]
import { openShots } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/plan";
const { browser, page, shot, base, bridge } = await openShots(out);
const row = (title) => page.getByTestId("activity-row").filter({ hasText: title });

await page.goto(base);
await page.getByTestId("activity-row").first().waitFor();
await shot("01-plan");
// The whole place: the scrolling main area, drawn tall.
await page.evaluate(() => {
  const main = document.getElementById("place");
  document.querySelector(".shell").style.height = `${main.scrollHeight + 80}px`;
});
await shot("02-plan-whole", true);
await page.evaluate(() => { document.querySelector(".shell").style.height = ""; });

// A row selected, then its tidplan being edited with the live preview.
await row("Säkerställ kvaliteten").locator('td[data-col="title"]').focus();
await shot("03-row-selected");
await row("Säkerställ kvaliteten").locator('td[data-col="schedule"]').focus();
await page.keyboard.press("Enter");
await page.getByTestId("tidplan-input").fill("12/10 och 30/11");
await page.waitForTimeout(300);
await shot("04-tidplan-preview");
await page.getByTestId("tidplan-input").fill("12/10 och efter jul");
await page.waitForTimeout(300);
await shot("05-tidplan-preview-not-understood");
await page.keyboard.press("Escape");

// Content edited in place.
await row("Säkerställ kvaliteten").locator('td[data-col="content"]').focus();
await page.keyboard.press("Enter");
await shot("06-content-editing");
await page.keyboard.press("Escape");

await row("Säkerställ kvaliteten").getByTestId("move-activity").click();
await page.getByTestId("move-target-select").waitFor();
await shot("07-move-dialog");
await page.keyboard.press("Escape");

await page.getByTestId("filter-priority-red").check();
await page.waitForTimeout(300);
await shot("08-filter-red");
await page.getByTestId("filter-priority-yellow").check();
await page.getByTestId("plan-search").fill("vfu");
await page.waitForTimeout(300);
await shot("09-filter-red-yellow-search");
await page.getByTestId("clear-filter").click();

await page.getByTestId("new-plan").click();
await shot("10-new-plan");
await page.getByTestId("new-plan-next").click();
await page.getByTestId("carry-row").first().waitFor();
await shot("11-new-plan-proposal");
await page.keyboard.press("Escape");

// AT/BT, deferred: scroll to it and open it.
const atbt = page.getByTestId("focus-area-section").filter({ hasText: "AT/BT" });
await atbt.scrollIntoViewIfNeeded();
await shot("12-deferred");

await page.getByTestId("change-plan-status").click();
await page.getByTestId("plan-status-adopted").check();
await shot("13-plan-status");
await page.keyboard.press("Escape");

await bridge("/test/fail-next", { command: "delete_focus_area", code: "conflict",
  message: "Fokusområdet har aktiviteter. Flytta eller ta bort dem först." });
await page.getByTestId("focus-area-section").first().getByTestId("delete-focus-area").click();
await page.getByTestId("confirm-delete").click();
await page.getByTestId("error-toast").waitFor();
await shot("14-delete-focus-area-refused");

await bridge("/invoke/set_language", { language: "en" });
await page.goto(base);
await page.getByTestId("activity-row").first().waitFor();
await shot("15-plan-english");

await browser.close();
