// Speed of the Aktivitetsplan with 2,000 activities, in the real app (a benchmark: it prints
// figures and asserts only that the app did what was measured). Run by scripts/bench-ui.sh.
//
// Each figure is the time from the user's input event (the click, the key) to the next frame
// after the last change it caused in the page: a MutationObserver notes every change, and a
// requestAnimationFrame + setTimeout(0) after it marks the frame that shows it.
import assert from "node:assert/strict";
import { scenario, startApp, session, tid, click, waitUntil } from "../e2e/lib/app.mjs";

const file = process.env.RADSPLAN_BENCH_FILE;
const expected = Number(process.env.RADSPLAN_BENCH_ACTIVITIES ?? 2000);
const rounds = Number(process.env.RADSPLAN_BENCH_ROUNDS ?? 5);

const RECORDER = `
  const bench = window.__bench = { start: null, painted: null, changes: 0 };
  const mark = () => {
    bench.changes++;
    const seen = bench.changes;
    requestAnimationFrame(() => setTimeout(() => {
      if (seen === bench.changes) bench.painted = performance.now();
    }, 0));
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true, characterData: true });
  for (const type of ["keydown", "click"]) {
    document.addEventListener(type, () => {
      bench.start = performance.now();
      bench.painted = null;
      bench.changesAtInput = bench.changes;
    }, true);
  }
`;

/**
 * Waits until nothing has changed for `quiet` ms after the input, then returns input → paint;
 * null when the input changed nothing on screen (the same rows as before).
 */
async function latency(quiet = 400) {
  let last = -1;
  let stableSince = Date.now();
  const began = Date.now();
  let unchanged = false;
  await waitUntil(async () => {
    const state = await session().execute("return window.__bench");
    if (state.changes === state.changesAtInput && Date.now() - began > 2000) {
      unchanged = true;
      return true;
    }
    if (state.changes !== last) {
      last = state.changes;
      stableSince = Date.now();
      return false;
    }
    return state.painted !== null && Date.now() - stableSince >= quiet;
  }, { timeout: 30_000, message: "the page to settle" });
  if (unchanged) return null;
  const { start, painted } = await session().execute("return window.__bench");
  return painted - start;
}

const rowCount = () => session().execute(`return document.querySelectorAll('[data-testid="activity-row"]').length`);
/** How many activities the plan place says it shows ("N av M aktiviteter"); long tables are windowed. */
const shownCount = () => session().execute(`
  const el = document.querySelector('[data-testid="plan-count"]');
  return el ? Number(el.textContent.trim().split(" ")[0]) : 0;`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const report = (what, xs) => xs.length === 0 ? console.log(`bench: ${what}: nothing changed on screen`) :
  console.log(`bench: ${what}: median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`);

scenario(`plan place with ${expected} activities`, (step) => {
  step("opening the plan place from another place", async () => {
    assert.ok(file, "RADSPLAN_BENCH_FILE names the plan to open");
    await startApp({ args: ["--open", file] });
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
