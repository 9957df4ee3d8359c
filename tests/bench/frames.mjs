// Frame times while scrolling, for the window benchmarks: the page scrolls an element a step
// each animation frame (as a wheel or a held arrow key would) and notes the time between
// frames. A frame is dropped when its interval is over 1.5 × the display's 16.7 ms.
import { session, waitUntil } from "../e2e/lib/app.mjs";

/**
 * Scrolls `selector` by `step` px per frame along `axis` ("top" or "left") for `frames`
 * frames, turning back at the end, and returns the intervals between frames in ms.
 */
export async function scrollFrames(selector, { axis = "top", step = 40, frames = 120 } = {}) {
  const started = await session().execute(`
    const [selector, axis, step, frames] = arguments;
    const el = document.querySelector(selector);
    if (!el) return false;
    const run = window.__frames = { intervals: [], done: false };
    let last = null, n = 0, direction = 1;
    const tick = (now) => {
      if (last !== null) run.intervals.push(now - last);
      last = now;
      const before = axis === "top" ? el.scrollTop : el.scrollLeft;
      if (axis === "top") el.scrollTop += direction * step; else el.scrollLeft += direction * step;
      const after = axis === "top" ? el.scrollTop : el.scrollLeft;
      if (after === before) direction = -direction; // the end reached: back again
      if (++n < frames) requestAnimationFrame(tick); else run.done = true;
    };
    requestAnimationFrame(tick);
    return true;`, selector, axis, step, frames);
  if (!started) throw new Error(`nothing to scroll: ${selector}`);
  await waitUntil(() => session().execute("return window.__frames.done"), { timeout: 60_000, message: "the scrolling to end" });
  return session().execute("return window.__frames.intervals");
}

const DROPPED_MS = 1.5 * (1000 / 60);

export function reportFrames(what, intervals) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const dropped = intervals.filter((ms) => ms > DROPPED_MS).length;
  console.log(`bench: ${what}: frame median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
    `max ${sorted[sorted.length - 1].toFixed(1)} ms, dropped ${dropped} of ${intervals.length}`);
}
