// Screenshots of the group sheets in Excel against the real core (radsplan dev-bridge): the
// Workshops documents bar, then Grupp Maria's exported sheet read back after the grid changed
// one of her answers (the preview), and the same sheet read for the wrong group (refused);
// axe-core (WCAG 2.1 A/AA) run on both; exit 1 on a violation.
// Usage (starts the real core and Vite itself): node scripts/sheet-import-shots.mjs [outdir]
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/sheet-import";
const folder = path.join(await mkdtemp(path.join(os.tmpdir(), "gruppblad-")), "Excel");
const { browser, page, shot, base, bridge } = await openShots(out);
let failed = false;
async function axe(what) {
  if ((await runAxe(page, what)).length > 0) failed = true;
}

await page.goto(base);
await page.getByTestId("nav-workshops").click();
await page.getByTestId("workshop-current").waitFor();
const workshopId = Number(await page.getByTestId("workshop-select").inputValue());
await bridge("/test/answer-dialog", { path: folder });
await page.getByTestId("group-sheets-xlsx").click();
await page.getByTestId("info-toast").waitFor();
await shot("01-documents-bar");

const side = await bridge(`/invoke/workshop_side_by_side`, { workshopId });
const maria = side.groups[1].id;
const row = side.rows.find((r) => (r.groups[1]?.comment ?? "") !== "");
await bridge(`/invoke/set_assessment_comment`, { groupId: maria, activityId: row.activityId, comment: "Ändrad i rutnätet" });
await bridge(`/invoke/set_assessment_colour`, { groupId: maria, activityId: side.rows[0].activityId, colour: "red" });

await bridge("/test/answer-dialog", { path: path.join(folder, "Gruppblad 2 – Grupp Maria.xlsx") });
await page.getByTestId("read-group-sheet").click();
await page.getByTestId("sheet-import-row").first().waitFor();
await shot("02-sheet-preview");
await axe("the sheet preview");
await page.getByTestId("sheet-import-group").selectOption({ label: "Grupp Lena" });
await page.getByTestId("sheet-import-blocked").waitFor();
await shot("03-sheet-wrong-group");
await axe("a sheet read for the wrong group");
await browser.close();
if (failed) process.exit(1);
