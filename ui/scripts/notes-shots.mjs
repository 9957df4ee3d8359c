// The notes board (1280×800) with seed 001's tables pasted through the preview, and projector
// mode (1280×720) on the example workshop with the three groups' colours; axe-core (WCAG 2.1
// A/AA) run on the board, the paste preview and the projector.
// Usage (starts the real core and Vite itself): node scripts/notes-shots.mjs [outdir]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openShots, runAxe } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? "/tmp/ui-shots/notes";
const seed = await readFile(path.join(here, "../../src-tauri/core/tests/fixtures/workshop/seed-001-workshop-notes.txt"), "utf8");
const tables = seed.slice(seed.indexOf("Umeå, 17 november 2017\t"), seed.indexOf("\n\nSegment 3"));

const { browser, page, shot, base, bridge } = await openShots(out);
let failed = false;
async function axe(what) {
  if ((await runAxe(page, what)).length > 0) failed = true;
}

try {
  // The three groups colour a few activities, so the projector shows real disagreement.
  const plans = await bridge("/invoke/list_plans");
  const [workshop] = await bridge("/invoke/list_workshops", { planId: plans[0].id });
  const grid = await bridge("/invoke/workshop_side_by_side", { workshopId: workshop.id });
  const colours = [["green", "green", "yellow"], ["green", "red", "yellow"], ["yellow", "yellow", "red"], ["red", "yellow", null], ["green", "green", "green"]];
  for (const [i, row] of grid.rows.slice(0, colours.length).entries()) {
    for (const [g, colour] of colours[i].entries()) {
      if (colour) await bridge("/invoke/set_assessment_colour", { groupId: grid.groups[g].id, activityId: row.activityId, colour });
    }
  }

  await page.goto(base);
  await page.getByTestId("nav-workshops").click();
  await page.getByTestId("workshop-tab-notes").click();
  await page.getByTestId("note-row").first().waitFor();
  await page.getByTestId("notes-paste").click();
  await page.getByTestId("notes-paste-text").fill(tables);
  await page.getByTestId("notes-paste-row").first().waitFor();
  await shot("paste-preview");
  await axe("the paste preview");
  await page.getByTestId("notes-paste-confirm").click();
  await page.getByTestId("notes-paste-dialog").waitFor({ state: "detached" });
  const box = page.locator('[data-testid="note-cell"][data-category="Struktur"][data-kind="measure"] [data-testid="note-new"]');
  await box.fill("Gemensam plan för digitala mötesplatser");
  await box.press("Enter");
  await page.getByText("Gemensam plan för digitala mötesplatser").waitFor();
  await page.getByTestId("note-to-activity").first().click();
  await page.getByTestId("note-create-activity").click();
  await page.getByTestId("note-activity-link").first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot("board");
  await axe("the notes board");
  await page.getByTestId("notes-board").scrollIntoViewIfNeeded();
  await page.locator('[data-testid="note-row"]').nth(2).scrollIntoViewIfNeeded();
  await shot("board-lower");

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByTestId("workshop-tab-grid").click();
  await page.getByTestId("projector-open").click();
  await page.getByTestId("projector").waitFor();
  await shot("projector");
  await axe("projector mode");
  await page.keyboard.press("ArrowRight");
  await shot("projector-2");
  await axe("projector mode, a focus area longer than the screen");
  await page.keyboard.press(" ");
  await shot("projector-2-scrolled");
} finally {
  await browser.close();
}
if (failed) process.exitCode = 1;
