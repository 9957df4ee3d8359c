// Screenshots of the screens a newcomer meets: delete a focus area with activities, a refused
// cell edit, an empty new title, unsaved settings, Inställningar's goals, Senaste filer.
// Usage (starts the real core and Vite itself): node scripts/dialog-shots.mjs [outdir]
import { openShots } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/dialogs";
const { browser, page, shot, base, bridge } = await openShots(out);

await page.goto(base);
await page.getByTestId("activity-row").first().waitFor();
await page.getByTestId("focus-area-section").nth(0).getByTestId("delete-focus-area").click();
await shot("01-delete-focus-area");
await page.keyboard.press("Escape");

const title = page.getByTestId("activity-row").first().locator('td[data-col="title"]');
await title.focus();
await page.keyboard.press("Enter");
await page.getByTestId("activity-title-input").fill("");
await page.keyboard.press("Enter");
await shot("02-cell-error");
await page.keyboard.press("Escape");

await page.getByTestId("focus-area-section").nth(1).getByTestId("add-activity").click();
await page.keyboard.press("Enter");
await shot("03-new-activity-empty");
await page.keyboard.press("Escape");

await page.getByTestId("nav-settings").click();
await page.getByTestId("settings-mandate").fill("Rådet samordnar. Ändrat men inte sparat.");
await shot("04-settings-goals-link");
await page.getByTestId("nav-register").click();
await page.getByTestId("unsaved-dialog").waitFor();
await shot("05-unsaved-dialog");
await page.getByTestId("unsaved-discard").click();

await page.getByTestId("file-menu").click();
await page.getByTestId("file-close").click();
await page.getByTestId("recent-file").first().waitFor();
await shot("06-welcome-recent");
await browser.close();
