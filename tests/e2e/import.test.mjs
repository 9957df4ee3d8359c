// Importing on the real app: the plan exported as Excel by the command line is imported again
// through Importera …, the native open dialog and the preview; every row arrives, and one
// Ctrl+Z takes the whole import back. Then the council's Word plan, coloured by hand, comes in
// with its colours as priorities.
import assert from "node:assert/strict";
import path from "node:path";
import {
  scenario, startApp, session, cli, tempDir, tid, click, waitFor, waitUntil, focusBody, Keys, repoRoot, screenshot,
} from "./lib/app.mjs";
import { answerOpenDialog } from "./lib/native-dialog.mjs";

/** The plan's own count: "N av M aktiviteter". */
const counted = () => session().execute(`
  const el = document.querySelector('[data-testid="plan-count"]');
  return el ? el.textContent.trim() : "";`);

scenario("import: an Excel plan previewed, imported whole, undone whole", (step) => {
  let xlsx;

  step("the example council opens with its 15 activities", async () => {
    const dir = tempDir("import-");
    const file = path.join(dir, "exempel.radsplan");
    xlsx = path.join(dir, "Aktivitetsplan 2022 Mellansverige.xlsx");
    cli("example", file);
    cli("export", "plan", "--db", file, "--year", "2022", "--format", "xlsx", "--out", xlsx);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-plan"), { timeout: 30_000 });
    await waitUntil(async () => (await counted()) === "15 av 15 aktiviteter", { timeout: 30_000, message: "15 activities" });
  });

  step("Importera … → the file → a preview of all 15 rows, nothing written yet", async () => {
    await click(tid("import-plan"));
    await answerOpenDialog("Importera en aktivitetsplan", xlsx);
    await waitUntil(async () => (await session().findAll(tid("import-row"))).length === 15, {
      message: "15 rows in the preview",
    });
    assert.equal(await counted(), "15 av 15 aktiviteter", "the preview writes nothing");
    const confirm = await waitFor(tid("import-confirm"));
    assert.equal((await session().execute("return arguments[0].textContent.trim()", confirm.json)), "Importera 15 aktiviteter");
  });

  step("importing adds them all; one Ctrl+Z removes them all", async () => {
    await click(tid("import-confirm"));
    await waitUntil(async () => (await counted()) === "30 av 30 aktiviteter", { message: "30 activities after the import" });
    await focusBody();
    await session().chord(Keys.CONTROL, "z");
    await waitUntil(async () => (await counted()) === "15 av 15 aktiviteter", { message: "15 again after one undo" });
  });
});

/** The text of the last plan row holding `title` (the example may hold the same title: an
 * import adds its rows after those already in the focus area). */
const rowText = (title) => session().execute(`
  const row = [...document.querySelectorAll('[data-testid="activity-row"]')]
    .filter((r) => r.textContent.replace(/\\u00AD/g, "").includes(arguments[0])).at(-1);
  return row ? row.textContent.replace(/\\u00AD/g, "") : "";`, title);

scenario("import: her hand-coloured Word plan comes in with its colours as priorities", (step) => {
  const docx = path.join(repoRoot, "src-tauri/core/tests/fixtures/import/word_plan_2022.docx");

  step("the example council opens with its 15 activities", async () => {
    const dir = tempDir("import-docx-");
    const file = path.join(dir, "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-plan"), { timeout: 30_000 });
    await waitUntil(async () => (await counted()) === "15 av 15 aktiviteter", { timeout: 30_000, message: "15 activities" });
  });

  step("Importera … → the .docx → eight rows, each with the colour seen and the priority it became", async () => {
    await click(tid("import-plan"));
    await answerOpenDialog("Importera en aktivitetsplan", docx);
    await waitUntil(async () => (await session().findAll(tid("import-row"))).length === 8, {
      message: "8 rows in the preview",
    });
    const seen = await session().execute(`
      return [...document.querySelectorAll('[data-testid="import-row"]')].map((row) => [
        row.querySelector('[data-testid="import-colour"]').textContent.trim(),
        row.querySelector('[data-testid="import-priority"]').value,
      ]);`);
    assert.deepEqual(seen, [
      ["grön", "green"], ["gul", "yellow"], ["röd", "red"], ["ingen", ""],
      ["grön", "green"], ["gul", "yellow"], ["röd", "red"], ["blå", ""],
    ]);
    await screenshot("import-docx-preview");
    assert.equal(await counted(), "15 av 15 aktiviteter", "the preview writes nothing");
  });

  step("importing writes the colours as priorities", async () => {
    await click(tid("import-confirm"));
    await waitUntil(async () => (await counted()) === "23 av 23 aktiviteter", { message: "23 activities after the import" });
    assert.match(await rowText("Säkerställ kvaliteten i de VFU-platser som finns"), /röd/);
    assert.match(await rowText("Specialistutbildning tandvård"), /gul/);
    assert.match(await rowText("Introduktionsår/etableringsår"), /ej bedömd/);
  });
});
