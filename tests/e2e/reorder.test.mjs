// Reordering activities on the real app: ▼ on the first activity of a focus area and Alt+↓ on a
// selected row each move it one place down. The UI once read core's 1-based positions as 0-based,
// so the buttons were dead while the tests against the hand-written fake core passed.
import assert from "node:assert/strict";
import path from "node:path";
import { scenario, startApp, stopApp, session, cli, tempDir, tid, click, waitFor, waitUntil, Keys } from "./lib/app.mjs";

/** The activity ids of the first focus area section, top to bottom. */
const firstSectionOrder = () => session().execute(`
  const s = document.querySelector('[data-testid="focus-area-section"]');
  return [...s.querySelectorAll('[data-testid="activity-row"]')].map((r) => r.dataset.activityId);`);

const inFirst = (id) => `${tid("focus-area-section")} ${tid("activity-row")}[data-activity-id="${id}"]`;

scenario("plan: ▼ and Alt+↓ move an activity down", (step) => {
  let before;

  step("the example council opens with two activities in the first focus area", async () => {
    const file = path.join(tempDir("reorder-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-plan"), { timeout: 30_000 });
    await waitUntil(async () => (await firstSectionOrder()).length >= 2, {
      message: "two activities in the first focus area",
    });
    before = await firstSectionOrder();
    const up = await session().execute(`return document.querySelector(arguments[0]).disabled;`,
      `${inFirst(before[0])} ${tid("move-activity-up")}`);
    assert.equal(up, true, "the first activity cannot move up");
  });

  step("▼ on the first activity swaps it with the second", async () => {
    await click(`${inFirst(before[0])} ${tid("move-activity-down")}`);
    const want = [before[1], before[0], ...before.slice(2)];
    await waitUntil(async () => JSON.stringify(await firstSectionOrder()) === JSON.stringify(want), {
      message: `the order to become ${want.join(",")}`,
    });
  });

  step("Alt+↓ on the row now first moves it down, back to where the two started", async () => {
    await (await waitFor(`${inFirst(before[1])} ${tid("activity-title-cell")}`)).click();
    await session().chord(Keys.ALT, Keys.ARROW_DOWN);
    const want = before;
    await waitUntil(async () => JSON.stringify(await firstSectionOrder()) === JSON.stringify(want), {
      message: `Alt+↓ to make the order ${want.join(",")}`,
    });
    await stopApp();
  });
});
