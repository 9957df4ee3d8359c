// Speed of the lägesrapport's preview in Rapporter over a year of history (20,000 changes on
// the large council, `radsplan example --activities N --history`), in the real app: the click
// on the lägesrapport to its preview shown (its first part painted; issue 12: ≤ 300 ms), and to
// the page settled (the parts within 1,200 px below the window fetched and painted too). A
// benchmark: it prints figures and asserts only that the app did what was measured. Run by
// scripts/bench-ui.sh.
import assert from "node:assert/strict";
import { scenario, startApp, session, tid, click, waitUntil } from "../e2e/lib/app.mjs";
import { RECORDER, latency, report } from "./recorder.mjs";

const file = process.env.RADSPLAN_BENCH_FILE;
const rounds = Number(process.env.RADSPLAN_BENCH_ROUNDS ?? 5);

const previewTitle = () => session().execute(
  `return document.querySelector('[data-testid="document-preview"]')?.getAttribute("aria-label") ?? ""`);

scenario("the lägesrapport's preview over a year of history", (step) => {
  step("choosing the lägesrapport to its preview painted", async () => {
    assert.ok(file, "RADSPLAN_BENCH_FILE names the council to open");
    await startApp({ args: ["--open", file] });
    await click(tid("nav-reports"), { timeout: 60_000 });
    await click(tid("report-status-report"), { timeout: 60_000 });
    await waitUntil(async () => (await previewTitle()).startsWith("Lägesrapport"), { timeout: 60_000, message: "the preview" });
    await session().execute(RECORDER);
    // The frame after the preview's first part appears (the recorder notes the last change).
    await session().execute(`
      window.__shown = null;
      new MutationObserver(() => {
        if (window.__shown === null && document.querySelector('[data-testid="document-preview"]')) {
          window.__shown = -1;
          requestAnimationFrame(() => setTimeout(() => { window.__shown = performance.now(); }, 0));
        }
      }).observe(document.body, { childList: true, subtree: true });`);
    const times = [];
    const shown = [];
    for (let i = 0; i < rounds; i++) {
      // Another document between the rounds: a group's uppdragsbeskrivning, a short one.
      await click('[data-testid^="report-mandate-"]');
      await waitUntil(async () => !(await previewTitle()).startsWith("Lägesrapport"), { timeout: 60_000, message: "another preview" });
      await session().execute("window.__shown = null");
      await click(tid("report-status-report"));
      times.push(await latency());
      shown.push(await session().execute("return window.__shown - window.__bench.start"));
      assert.ok((await previewTitle()).startsWith("Lägesrapport"), "the lägesrapport previewed");
    }
    report("lägesrapport click → preview shown (first part painted)", shown);
    report("lägesrapport click → settled (parts near the window fetched and painted)", times);
    const lines = await session().execute(`return document.querySelector('[data-testid="document-preview"]').querySelectorAll("p, li, tr").length`);
    console.log(`bench: the lägesrapport's preview: ${lines} paragraphs, list items and table rows`);
  });
});
