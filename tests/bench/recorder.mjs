// What the window benchmarks share: a recorder of input → the frame after the last change it
// caused, and the report line. Used by tests/bench/*.bench.mjs (run by scripts/bench-ui.sh).
import { session, waitUntil } from "../e2e/lib/app.mjs";

export const RECORDER = `
  const bench = window.__bench = { start: null, painted: null, firstPainted: null, changes: 0 };
  const mark = () => {
    bench.changes++;
    const seen = bench.changes;
    const first = seen === bench.changesAtInput + 1;
    requestAnimationFrame(() => setTimeout(() => {
      if (first && bench.firstPainted === null) bench.firstPainted = performance.now();
      if (seen === bench.changes) bench.painted = performance.now();
    }, 0));
  };
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true, characterData: true });
  for (const type of ["keydown", "click"]) {
    document.addEventListener(type, () => {
      bench.start = performance.now();
      bench.painted = null;
      bench.firstPainted = null;
      bench.changesAtInput = bench.changes;
    }, true);
  }
`;

/**
 * Waits until nothing has changed for `quiet` ms after the input, then returns input → paint;
 * null when the input changed nothing on screen (the same rows as before). The frame that
 * showed the input's first change is left in `window.__bench.firstPainted`.
 */
export async function latency(quiet = 400) {
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

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const report = (what, xs) => xs.length === 0 ? console.log(`bench: ${what}: nothing changed on screen`) :
  console.log(`bench: ${what}: median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`);

