// Översikt in the real app: the example opens on it, seen on the real today; a task made late
// through the group's page is listed under Försenade uppgifter, and its link opens it.
import assert from "node:assert/strict";
import path from "node:path";
import { scenario, startApp, session, cli, tempDir, tid, click, waitFor, textsOf, waitUntil, waitGone, screenshot, Keys } from "./lib/app.mjs";
import { assertAccessible } from "./lib/axe.mjs";

const TASK = "Sammanställa enkätsvar från kommunerna";

/** The late tasks line's items' titles, every one shown ("Visa N till" opened). */
async function lateTaskTitles() {
  return session().execute(`
    const line = document.querySelector('[data-testid="attention-line"][data-kind="lateTasks"]');
    if (!line) return [];
    const more = line.querySelector('[data-testid="attention-more"]');
    if (more && more.getAttribute("aria-expanded") === "false") more.click();
    return [...line.querySelectorAll('[data-testid="attention-item"] .title')].map((t) => t.textContent);`);
}

scenario("översikt: the first screen lists a task made late, and its link opens it", (step) => {
  step("the example opens on Översikt, seen on today", async () => {
    const file = path.join(tempDir("overview-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await waitFor(tid("overview-place"), { timeout: 30_000 });
    await waitUntil(async () => (await session().findAll(tid("overview-area"))).length > 0, { message: "the chart" });
    const nav = await session().findAll(`${tid("nav-overview")}[aria-current="page"]`);
    assert.equal(nav.length, 1, "Översikt is the place shown");
    assert.match((await textsOf(tid("overview-today")))[0], /^Läget idag, \d{1,2} [a-z]{3} \d{4}/);
    assert.ok(!(await lateTaskTitles()).includes(TASK), "not late before the test makes it");
    await assertAccessible("Översikt");
    await screenshot("overview-example");
  });

  step("a task with a date in the past is added on a group's page", async () => {
    await click(tid("nav-groups"));
    await waitFor(tid("group-row"), { timeout: 15_000 });
    // From the keyboard: the first group's row takes focus and Enter opens its page.
    assert.ok(await session().execute(`
      const row = document.querySelector('[data-testid="group-row"]');
      row.focus();
      return document.activeElement === row;`));
    await session().chord(Keys.ENTER);
    await waitFor(tid("group-title"));
    await click(tid("add-task"));
    await (await waitFor(tid("task-title-input"))).sendKeys(TASK);
    await (await waitFor(tid("task-tidplan-input"))).sendKeys("1/3");
    await click(tid("save-task"));
    await waitGone(tid("task-dialog"));
    await waitUntil(async () => (await textsOf(tid("task-title"))).includes(TASK), { message: "the task listed" });
  });

  step("Översikt lists it as late, and Enter on it opens it on its group's page", async () => {
    await click(tid("nav-overview"));
    await waitUntil(async () => (await lateTaskTitles()).includes(TASK), { message: "the task under Försenade uppgifter" });
    const focused = await session().execute(`
      const item = [...document.querySelectorAll('[data-testid="attention-line"][data-kind="lateTasks"] [data-testid="attention-item"]')]
        .find((b) => b.querySelector(".title").textContent === arguments[0]);
      item.scrollIntoView({ block: "center" });
      item.focus();
      return document.activeElement === item;`, TASK);
    assert.ok(focused, "the line's item takes focus");
    await session().chord(Keys.ENTER);
    await waitFor(tid("group-title"));
    await waitUntil(async () => (await session().execute(`
      const row = document.activeElement?.closest('[data-testid="task-row"]');
      return row ? row.querySelector('[data-testid="task-title"]').textContent : null;`)) === TASK,
    { message: "the task's row focused on its group's page" });
  });
});
