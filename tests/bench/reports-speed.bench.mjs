// Speed of the lägesrapport's preview in Rapporter over a year of history (20,000 changes on
// the large council, `radsplan example --activities N --history`), in the real app: the click
// on the lägesrapport to its preview painted (issue 12: ≤ 300 ms). A benchmark: it prints
// figures and asserts only that the app did what was measured. Run by scripts/bench-ui.sh.
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
    const times = [];
    for (let i = 0; i < rounds; i++) {
      // Another document between the rounds: a group's uppdragsbeskrivning, a short one.
      await click('[data-testid^="report-mandate-"]');
      await waitUntil(async () => !(await previewTitle()).startsWith("Lägesrapport"), { timeout: 60_000, message: "another preview" });
      await click(tid("report-status-report"));
      times.push(await latency());
      assert.ok((await previewTitle()).startsWith("Lägesrapport"), "the lägesrapport previewed");
    }
    report("lägesrapport click → preview painted", times);
    const lines = await session().execute(`return document.querySelector('[data-testid="document-preview"]').querySelectorAll("p, li, tr").length`);
    console.log(`bench: the lägesrapport's preview: ${lines} paragraphs, list items and table rows`);
  });
});
