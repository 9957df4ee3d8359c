// A group sheet in Excel, end to end in the real app: the example's sheets exported (the command
// line, before the app opens the file), Grupp Hans's first comment changed in the grid by
// keyboard, his sheet read back through Läs in gruppblad (the native open dialog answered with
// xdotool), the preview, Läs in, and Ctrl+Z taking the whole sheet back.
import assert from "node:assert/strict";
import path from "node:path";
import { scenario, startApp, stopApp, session, cli, tempDir, tid, click, waitFor, waitUntil, Keys } from "./lib/app.mjs";
import { answerOpenDialog } from "./lib/native-dialog.mjs";

/** What a screen reader hears for the first row's cell of group `g`: group, title, colour, comment. */
const cellLabel = (g) => session().execute(`
  const row = document.querySelectorAll('[data-testid="assessment-row"]')[0];
  return row?.querySelectorAll('[data-testid="assessment-cell"]')[arguments[0]]?.getAttribute("aria-label") ?? null;`, g);

async function labelContains(text) {
  await waitUntil(async () => ((await cellLabel(0)) ?? "").includes(text), {
    message: `Grupp Hans's first cell to say "${text}" (says "${await cellLabel(0)}")`,
  });
}

scenario("workshop: a group sheet exported as Excel is read back, and Ctrl+Z undoes it", (step) => {
  let sheet;
  let original;

  step("the sheets exported as Excel; in the app, Grupp Hans's first comment is changed", async () => {
    const dir = tempDir("sheets-");
    const file = path.join(dir, "exempel.radsplan");
    cli("example", file);
    const folder = path.join(dir, "Excel");
    // The example's workshop is the file's first.
    const out = cli("export", "group-sheets", "--db", file, "--workshop", "1", "--format", "xlsx", "--out", folder);
    assert.match(out, /3 gruppblad skrevs till/);
    sheet = path.join(folder, "Gruppblad 1 – Grupp Hans.xlsx");
    await startApp({ args: ["--open", file] });
    await click(tid("nav-workshops"), { timeout: 30_000 });
    await waitFor(tid("assessment-grid"));
    original = await cellLabel(0);
    assert.match(original, /kommentar: /, "Grupp Hans commented on the first activity");
    assert.ok(await session().execute(`
      const cell = document.querySelector('[data-testid="assessment-row"] [data-testid="assessment-cell"]');
      cell.focus();
      return document.activeElement === cell;`));
    await session().chord(Keys.ENTER);
    const comment = await waitFor(tid("assessment-comment"));
    await comment.clear();
    await comment.sendKeys("Ändrad i rutnätet");
    await click(tid("save-comment"));
    await labelContains("kommentar: Ändrad i rutnätet");
  });

  step("Läs in gruppblad previews the sheet for Grupp Hans and reads it in", async () => {
    await click(tid("read-group-sheet"));
    await answerOpenDialog("Läs in ett ifyllt gruppblad", sheet);
    await waitFor(tid("sheet-import-dialog"), { timeout: 30_000 });
    await waitUntil(async () => (await session().execute(
      `return document.querySelector('[data-testid="sheet-import-changes"]')?.textContent;`)) === "1 aktivitet ändras.",
    { message: "the preview to say one activity changes" });
    const group = await session().execute(
      `return document.querySelector('[data-testid="sheet-import-group"]').selectedOptions[0].textContent;`);
    assert.equal(group, "Grupp Hans", "the sheet's own group is preselected");
    await click(tid("sheet-import-confirm"));
    await waitUntil(async () => (await cellLabel(0)) === original, {
      message: "the sheet to put Grupp Hans's comment back",
    });
  });

  step("Ctrl+Z takes the sheet back", async () => {
    await session().execute(`document.activeElement?.blur();`);
    await session().chord(Keys.CONTROL, "z");
    await labelContains("kommentar: Ändrad i rutnätet");
    await stopApp();
  });
});
