// Speed of the Aktivitetsplan with 2,000 activities, in the real app (a benchmark: it prints
// figures and asserts only that the app did what was measured). Run by scripts/bench-ui.sh.
//
// Each figure is the time from the user's input event (the click, the key) to the next frame
// after the last change it caused in the page: a MutationObserver notes every change, and a
// requestAnimationFrame + setTimeout(0) after it marks the frame that shows it.
import assert from "node:assert/strict";
import { scenario, startApp, session, tid, click, waitUntil } from "../e2e/lib/app.mjs";
import { RECORDER, latency, report } from "./recorder.mjs";

const file = process.env.RADSPLAN_BENCH_FILE;
const expected = Number(process.env.RADSPLAN_BENCH_ACTIVITIES ?? 2000);
const rounds = Number(process.env.RADSPLAN_BENCH_ROUNDS ?? 5);

const rowCount = () => session().execute(`return document.querySelectorAll('[data-testid="activity-row"]').length`);
/** How many activities the plan place says it shows ("N av M aktiviteter"); long tables are windowed. */
const shownCount = () => session().execute(`
  const el = document.querySelector('[data-testid="plan-count"]');
  return el ? Number(el.textContent.trim().split(" ")[0]) : 0;`);
scenario(`plan place with ${expected} activities`, (step) => {
  step("opening the plan place from another place", async () => {
    assert.ok(file, "RADSPLAN_BENCH_FILE names the plan to open");
    await startApp({ args: ["--open", file] });
    // A file opens on Översikt.
    await click(tid("nav-plan"), { timeout: 60_000 });
    await waitUntil(async () => (await shownCount()) === expected, { timeout: 60_000, message: `${expected} shown` });
    await session().execute(RECORDER);
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await click(tid("nav-register"));
      await waitUntil(async () => (await rowCount()) === 0, { message: "the plan place to close" });
      await click(tid("nav-plan"));
      const ms = await latency();
      assert.equal(await shownCount(), expected, "every activity counted");
      assert.ok((await rowCount()) > 0, "rows painted");
      times.push(ms);
    }
    report("open plan place (click → all rows painted)", times);
  });

  step("search: each keypress to the narrowed list painted", async () => {
    const input = await session().find(tid("plan-search"));
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await input.click();
      for (const key of ["s", "a", "m", "v"]) {
        await session().type(key);
        const ms = await latency();
        if (ms !== null) times.push(ms);
      }
      const narrowed = await shownCount();
      assert.ok(narrowed > 0 && narrowed < expected, `"samv" narrows the list (${narrowed} shown)`);
      await session().execute(`
        const el = document.querySelector('[data-testid="plan-search"]');
        el.value = ""; el.dispatchEvent(new Event("input", { bubbles: true }));`);
      await waitUntil(async () => (await shownCount()) === expected, { message: "the whole list back" });
    }
    report("search keypress → paint (s, a, m, v)", times);
  });

  step("filter: a priority chip to the narrowed list painted", async () => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      for (let k = 0; k < 2; k++) {
        await click(tid("filter-priority-green"));
        const ms = await latency();
        if (ms !== null) times.push(ms);
      }
    }
    report("priority filter click → paint", times);
  });
});
