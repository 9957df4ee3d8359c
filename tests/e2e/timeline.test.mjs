// Tidslinje in the real app: the example's 2022 in ISO weeks with week 41 and the 12 Oct
// deadline, filtered to one working group, and Enter on an item lands on it in its place.
import assert from "node:assert/strict";
import path from "node:path";
import { scenario, startApp, session, cli, tempDir, tid, click, waitFor, waitUntil, screenshot, Keys } from "./lib/app.mjs";
import { assertAccessible } from "./lib/axe.mjs";

const CAREER = "Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård";
const DEADLINE = "Kunskapssammanställning, 12 okt 2022, v. 41";

/** The aria-labels of the items drawn, as a screen reader reads them. */
function labels() {
  return session().execute(`
    return [...document.querySelectorAll('[data-testid="timeline-item"]')].map((b) => b.getAttribute("aria-label"));`);
}

scenario("tidslinje: the year in weeks, one group's items, Enter opens the item", (step) => {
  step("the example's 2022 is drawn in ISO weeks with week 41 and the 12 Oct deadline", async () => {
    const file = path.join(tempDir("timeline-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-timeline"), { timeout: 30_000 });
    await waitFor(tid("timeline-item"), { timeout: 30_000 });
    const week41 = await session().execute(`
      const week = document.querySelector('[data-testid="timeline-week"][data-week="2022-W41"]');
      return week ? week.textContent.trim() : null;`);
    assert.equal(week41, "41");
    assert.ok((await labels()).some((l) => l.startsWith(DEADLINE)), "the 12 Oct deadline is drawn");
    await assertAccessible("Tidslinje");
    await screenshot("timeline-example");
  });

  step("filtered to one working group, only its items are left", async () => {
    const before = (await labels()).length;
    const chosen = await session().execute(`
      const select = document.querySelector('[data-testid="timeline-filter-group"]');
      const option = [...select.options].find((o) => o.textContent === arguments[0]);
      select.value = option.value;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      return option.value;`, CAREER);
    assert.ok(chosen, "the group is offered in the filter");
    await waitUntil(async () => {
      const now = await labels();
      return now.length > 0 && now.length < before;
    }, { message: "fewer items, only the group's" });
    assert.ok((await labels()).some((l) => l.startsWith(DEADLINE)), "the group's task is still drawn");
  });

  step("Enter on the deadline opens the task on its group's page", async () => {
    const focused = await session().execute(`
      const item = [...document.querySelectorAll('[data-testid="timeline-item"]')]
        .find((b) => b.getAttribute("aria-label").startsWith(arguments[0]));
      item.scrollIntoView({ block: "center", inline: "center" });
      item.focus();
      return document.activeElement === item;`, DEADLINE);
    assert.ok(focused, "the item takes focus");
    await session().chord(Keys.ENTER);
    await waitFor(tid("group-title"), { timeout: 15_000 });
    assert.equal(await session().execute(`return document.querySelector('[data-testid="group-title"]').textContent;`), CAREER);
    await waitUntil(async () => (await session().execute(`
      const row = document.activeElement?.closest('[data-testid="task-row"]');
      return row ? row.querySelector('[data-testid="task-title"]').textContent : null;`)) === "Kunskapssammanställning",
    { message: "the task's row focused on its group's page" });
  });
});
