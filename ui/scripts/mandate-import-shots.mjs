// Screenshots of "Importera uppdragsbeskrivning…" against the real core (radsplan dev-bridge):
// the seed-004-like fixture previewed on Arbetsgrupper, and the group it becomes.
// Usage (starts the real core and Vite itself): node scripts/mandate-import-shots.mjs [outdir]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openShots } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const mandate = path.resolve(here, "../../src-tauri/core/tests/fixtures/mandate/mandate_004.docx");
const out = process.argv[2] ?? "/tmp/ui-shots/mandate-import";
const { browser, page, shot, base, bridge } = await openShots(out);

await page.goto(base);
await page.getByTestId("nav-groups").click();
await page.getByTestId("group-row").first().waitFor();
await bridge("/test/answer-dialog", { path: mandate });
await page.getByTestId("import-mandate").click();
await page.getByTestId("mandate-task").first().waitFor();
await shot("01-mandate-preview");
await page.getByTestId("mandate-meeting").first().scrollIntoViewIfNeeded();
await shot("02-mandate-preview-members-meetings");
await page.getByTestId("mandate-problems").scrollIntoViewIfNeeded();
await shot("03-mandate-preview-problems");
await page.getByTestId("mandate-import-confirm").click();
await page.getByTestId("group-title").waitFor();
await shot("04-imported-group");
await browser.close();
