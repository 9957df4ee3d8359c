// Speed of the Workshops grid with 2,000 activities (the example's workshop and its three groups
// on the generated plan), in the real app: opening the place, and a colour keypress to the frame
// that shows it (target ≤ 50 ms). A benchmark: it prints figures and asserts only that the app
// did what was measured. Run by scripts/bench-ui.sh.
import assert from "node:assert/strict";
import { scenario, startApp, session, tid, click, waitUntil } from "../e2e/lib/app.mjs";
import { RECORDER, latency, report } from "./recorder.mjs";

const file = process.env.RADSPLAN_BENCH_FILE;
const expected = Number(process.env.RADSPLAN_BENCH_ACTIVITIES ?? 2000);
const rounds = Number(process.env.RADSPLAN_BENCH_ROUNDS ?? 5);

const gridRows = () => session().execute(`return document.querySelectorAll('[data-testid="assessment-row"]').length`);
/** The grid of a large plan renders only the rows near the screen (lib/row-window.ts). */
const gridShown = async () => (await gridRows()) > 0;

scenario(`workshop grid with ${expected} activities`, (step) => {
  step("opening the Workshops place from the plan", async () => {
    assert.ok(file, "RADSPLAN_BENCH_FILE names the plan to open");
    await startApp({ args: ["--open", file] });
    await click(tid("nav-workshops"), { timeout: 60_000 });
    await waitUntil(gridShown, { timeout: 120_000, message: "the grid's rows" });
    assert.ok((await gridRows()) < expected, "a large grid renders the rows near the screen, not all");
    await session().execute(RECORDER);
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await click(tid("nav-plan"));
      await waitUntil(async () => (await gridRows()) === 0, { message: "the Workshops place to close" });
      await click(tid("nav-workshops"));
      times.push(await latency());
      assert.ok(await gridShown(), "the grid is drawn");
    }
    report("open Workshops place (click → grid painted)", times);
  });

  step("a colour keypress in a group's column → the colour painted, and the row settled", async () => {
    const times = [];
    const colourTimes = [];
    for (let i = 0; i < rounds * 4; i++) {
      // Rows near the top of the grid: the ones a large grid renders.
      const row = 5 + (i % 10);
      await session().execute(`
        const row = document.querySelectorAll('[data-testid="assessment-row"]')[arguments[0]];
        row.querySelectorAll('[data-testid="assessment-cell"]')[1].focus();`, row);
      await session().type(i % 2 ? "1" : "3");
      const ms = await latency(300);
      if (ms !== null) times.push(ms);
      const colour = await session().execute(
        "const b = window.__bench; return b.firstPainted === null ? null : b.firstPainted - b.start");
      if (ms !== null && colour !== null) colourTimes.push(colour);
    }
    assert.ok(times.length > 0, "the keypresses changed the grid");
    report("colour keypress → the colour painted", colourTimes);
    report("colour keypress → the row settled (core's proposal painted)", times);
  });
});
