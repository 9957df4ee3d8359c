// Speed of Tidslinje and Översikt on the large council (2,000 activities, 300 tasks, 200
// meetings), in the real app: opening each place, zoom and a filter to the frame that shows
// them, and frame times while scrolling the drawing. Targets (issue 11): the timeline drawn
// ≤ 200 ms after opening, zoom and filter ≤ 100 ms, scrolling without dropped frames, Översikt
// ≤ 150 ms. A benchmark: it prints figures and asserts only that the app did what was measured.
// Run by scripts/bench-ui.sh.
import assert from "node:assert/strict";
import { scenario, startApp, session, tid, click, waitUntil } from "../e2e/lib/app.mjs";
import { RECORDER, latency, report } from "./recorder.mjs";
import { reportFrames, scrollFrames } from "./frames.mjs";

const file = process.env.RADSPLAN_BENCH_FILE;
const rounds = Number(process.env.RADSPLAN_BENCH_ROUNDS ?? 5);

const count = (css) => session().execute(`return document.querySelectorAll(arguments[0]).length`, css);
const items = () => count(tid("timeline-item"));
const shownText = () => session().execute(`return document.querySelector('[data-testid="timeline-count"]')?.textContent ?? ""`);

/** A select changed as the keyboard would, with the recorder's clock started at the change. */
const choose = (testId, value) => session().execute(`
  const el = document.querySelector('[data-testid="' + arguments[0] + '"]');
  const bench = window.__bench;
  bench.start = performance.now(); bench.painted = null; bench.firstPainted = null;
  bench.changesAtInput = bench.changes;
  el.value = arguments[1];
  el.dispatchEvent(new Event("change", { bubbles: true }));`, testId, value);

scenario("Översikt and Tidslinje on the large council", (step) => {
  step("opening Översikt from another place", async () => {
    assert.ok(file, "RADSPLAN_BENCH_FILE names the council to open");
    await startApp({ args: ["--open", file] });
    await waitUntil(async () => (await count(tid("attention-line"))) > 0, { timeout: 60_000, message: "Översikt's lines" });
    await session().execute(RECORDER);
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await click(tid("nav-register"));
      await waitUntil(async () => (await count(tid("overview-place"))) === 0, { message: "Översikt to close" });
      await click(tid("nav-overview"));
      times.push(await latency());
      assert.ok((await count(tid("overview-area"))) >= 8, "the chart's focus areas painted");
    }
    report("open Översikt (click → painted)", times);
  });

  step("opening Tidslinje from Översikt", async () => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      await click(tid("nav-overview"));
      await waitUntil(async () => (await items()) === 0, { message: "Tidslinje to close" });
      await click(tid("nav-timeline"));
      times.push(await latency());
      assert.ok((await items()) > 0, "items drawn");
    }
    report("open Tidslinje (click → drawn)", times);
    console.log(`bench: Tidslinje: ${await shownText()}, ${await items()} items drawn near the screen`);
  });

  step("zoom: quarter and back to the year", async () => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      for (const zoom of ["quarter", "month", "year"]) {
        await click(tid(`timeline-zoom-${zoom}`));
        const ms = await latency();
        if (ms !== null) times.push(ms);
      }
    }
    report("zoom click → painted", times);
  });

  step("filter: a priority and back to all", async () => {
    const all = await shownText();
    const times = [];
    for (let i = 0; i < rounds; i++) {
      for (const value of ["green", ""]) {
        await choose("timeline-filter-priority", value);
        const ms = await latency();
        if (ms !== null) times.push(ms);
        if (value === "green") assert.notEqual(await shownText(), all, "the filter narrowed the drawing");
      }
    }
    report("priority filter → painted", times);
  });

  step("scrolling: frame times down the lanes, and across the year at month zoom", async () => {
    const down = await scrollFrames("#place", { axis: "top", step: 60, frames: 180 });
    reportFrames("scroll down the lanes (60 px a frame)", down);
    await click(tid("timeline-zoom-month"));
    await latency();
    const across = await scrollFrames(tid("timeline-drawing"), { axis: "left", step: 60, frames: 180 });
    reportFrames("scroll across the year at month zoom (60 px a frame)", across);
  });

  step("for comparison: frame times of the plainest page this webview can scroll", async () => {
    // Lines of text over the whole window and nothing else: what scrolling costs here whatever
    // a place draws (WebKitGTK under Xvfb paints in software, every frame the whole window).
    await session().execute(`
      const plain = document.createElement("div");
      plain.id = "bench-plain";
      plain.style.cssText = "position:fixed;inset:0;overflow:auto;background:#fff;z-index:9999";
      plain.textContent = "";
      for (let i = 0; i < 3000; i++) {
        const line = document.createElement("p");
        line.textContent = "Rad " + i + ": Kunskapssammanställning, 12 okt 2022, v. 41, gul, Pågår";
        plain.append(line);
      }
      document.body.append(plain);`);
    const plain = await scrollFrames("#bench-plain", { axis: "top", step: 60, frames: 180 });
    reportFrames("for comparison, plain lines of text scrolled (60 px a frame)", plain);
    await session().execute(`document.getElementById("bench-plain").remove()`);
  });
});
