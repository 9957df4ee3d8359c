// A workshop in the real app, from the keyboard: two groups colour three activities, the
// proposal and a strong disagreement show, the secretary accepts, the plan shows the decided
// colour, and Ctrl+Z takes it back.
import assert from "node:assert/strict";
import path from "node:path";
import { scenario, startApp, stopApp, session, cli, tempDir, tid, click, waitFor, waitUntil, Keys } from "./lib/app.mjs";

/** The text of the `n`th grid row's cell `testid` (the `k`th when several), as shown. */
const cellText = (n, testid, k = 0) => session().execute(`
  const row = document.querySelectorAll('[data-testid="assessment-row"]')[arguments[0]];
  const cell = row?.querySelectorAll('[data-testid="' + arguments[1] + '"]')[arguments[2]];
  if (!cell) return null;
  const copy = cell.cloneNode(true);
  copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return copy.textContent.replace(/\\u00ad/g, "").replace(/\\s+/g, " ").trim();`, n, testid, k);

/** Focuses the `n`th row's cell `testid` (the `k`th when several). */
const focusCell = (n, testid, k = 0) => session().execute(`
  const row = document.querySelectorAll('[data-testid="assessment-row"]')[arguments[0]];
  const cell = row.querySelectorAll('[data-testid="' + arguments[1] + '"]')[arguments[2]];
  cell.focus();
  return document.activeElement === cell;`, n, testid, k);

async function until(n, testid, want, k = 0) {
  await waitUntil(async () => (await cellText(n, testid, k)) === want, {
    message: `row ${n} ${testid}[${k}] to read "${want}" (reads "${await cellText(n, testid, k)}")`,
  });
}

scenario("workshop: groups colour by keyboard, the secretary decides, Ctrl+Z undoes", (step) => {
  let firstTitle;

  step("a new workshop with two groups, made in the window", async () => {
    const file = path.join(tempDir("workshop-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-workshops"), { timeout: 30_000 });
    await click(tid("new-workshop"));
    await (await waitFor(tid("workshop-name"))).sendKeys("Workshop i mars");
    await click(tid("save-workshop"));
    await waitUntil(async () => (await session().execute(
      `return document.querySelector('[data-testid="workshop-current"] h2')?.textContent;`)) === "Workshop i mars",
    { message: "the new workshop shown" });
    for (const name of ["Grupp Hans", "Grupp Greta"]) {
      const input = await waitFor(tid("new-workshop-group-name"));
      await input.sendKeys(name);
      await session().chord(Keys.ENTER);
      await waitUntil(async () => (await session().execute(
        `return [...document.querySelectorAll('[data-testid="workshop-group"] h3')].map((h) => h.textContent);`)).includes(name),
      { message: `${name} added` });
    }
    await waitFor(tid("assessment-grid"));
    firstTitle = await session().execute(
      `return document.querySelector('[data-testid="assessment-row"] th').textContent.replace(/\\u00ad/g, "");`);
  });

  step("1 1 1 in Grupp Hans's column, 3 2 1 in Grupp Greta's: colours, proposal, disagreement", async () => {
    assert.ok(await focusCell(0, "assessment-cell", 0));
    await session().type("111");
    await until(2, "assessment-cell", "grön", 0);
    assert.ok(await focusCell(0, "assessment-cell", 1));
    await session().type("321");
    await until(2, "assessment-cell", "grön", 1);
    await until(0, "proposal-cell", "grön Stark oenighet");
    await until(1, "proposal-cell", "grön Viss oenighet");
    await until(2, "proposal-cell", "grön");
  });

  step("Enter in Beslut accepts the proposal, and the plan shows the decided colour", async () => {
    assert.ok(await focusCell(0, "decided-cell"));
    await session().chord(Keys.ENTER);
    await until(0, "decided-cell", "grön");
    await click(tid("nav-plan"));
    const planPriority = () => session().execute(`
      const row = [...document.querySelectorAll('[data-testid="activity-row"]')]
        .find((r) => r.querySelector('[data-testid="activity-title-cell"]').textContent.replace(/\\u00ad/g, "").includes(arguments[0]));
      return row?.querySelector('[data-testid="priority-badge"]').textContent.trim();`, firstTitle);
    await waitUntil(async () => /grön/.test((await planPriority()) ?? ""), { message: "the plan row to show grön" });
  });

  step("Ctrl+Z takes the decision back, in the plan and in the workshop", async () => {
    await session().execute(`document.activeElement?.blur();`);
    await session().chord(Keys.CONTROL, "z");
    await click(tid("nav-workshops"));
    await until(0, "decided-cell", "ej bedömd");
    await until(0, "proposal-cell", "grön Stark oenighet");
    await stopApp();
  });
});
