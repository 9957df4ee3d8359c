// Screenshots of a council file in a synced folder: the notice with the offer to move it to the
// data folder, the same offer in the Fil menu, and the notice after moving (where the file is now, the original untouched).
// Usage (starts the real core and Vite itself): node scripts/risky-shots.mjs [outdir]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openShots } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/risky";
const { browser, page, shot, base, bridge } = await openShots(out);
const folder = mkdtempSync(path.join(tmpdir(), "radsplan-risky-"));
try {
  // The example, copied into a folder named the way OneDrive names it on a work laptop.
  const example = (await bridge("/invoke/app_status")).file;
  await bridge("/invoke/close_file");
  const synced = path.join(folder, "OneDrive - Region Örebro län");
  mkdirSync(synced);
  const original = path.join(synced, "Vårdkompetensrådet.radsplan");
  copyFileSync(example, original);
  await bridge("/invoke/open_recent_file", { path: original });

  await page.goto(base);
  await page.getByTestId("move-to-data-folder").waitFor();
  await page.getByTestId("move-to-data-folder").focus();
  await shot("01-risky-notice-with-offer");
  await page.getByTestId("file-menu").click();
  await page.getByTestId("file-move-to-data-folder").waitFor();
  await shot("02-file-menu-offer");
  await page.keyboard.press("Escape");
  await page.getByTestId("move-to-data-folder").focus();
  await page.keyboard.press("Enter");
  await page.getByText("Filen är flyttad").waitFor();
  await shot("03-moved-notice");
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
