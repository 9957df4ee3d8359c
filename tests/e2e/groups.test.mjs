// A working group in the real app: made from a plan row in one step, three members and the party
// still missing, an August meeting and a task "Klart till arbetsmöte i augusti" anchored to it,
// and the group's calendar for Outlook and its uppdragsbeskrivning as PDF written through the
// native save dialog.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { scenario, startApp, stopApp, session, cli, tempDir, tid, click, waitFor, textsOf, waitUntil, waitGone, screenshot, Keys } from "./lib/app.mjs";
import { answerSaveDialog } from "./lib/native-dialog.mjs";

const MEMBERS = ["Hans Lindgren", "Katarina Fjäll", "Britt Sandström"]; // Kommun, Region, Region

/** Sets an input's value the way typing would, for inputs WebDriver cannot type into (date). */
const setValue = (css, value) => session().execute(`
  const input = document.querySelector(arguments[0]);
  input.value = arguments[1];
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));`, css, value);

scenario("arbetsgrupp: from a plan row to members, an anchored task and the calendar", (step) => {
  let dir;

  step("Ny grupp on a plan row opens the new group's page", async () => {
    dir = tempDir("groups-");
    const file = path.join(dir, "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    // The file opens on Översikt; the first activity of the plan that has no group yet.
    await click(tid("nav-plan"), { timeout: 30_000 });
    await waitFor(tid("activity-row"), { timeout: 30_000 });
    const title = await session().execute(`
      const button = [...document.querySelectorAll('[data-testid="establish-group"]')]
        .find((b) => b.getAttribute("aria-label").startsWith("Ny grupp"));
      button.scrollIntoView();
      button.click();
      return button.getAttribute("aria-label");`);
    assert.ok(title, "a plan row offers Ny grupp");
    await waitFor(tid("group-title"));
    assert.equal((await textsOf(tid("group-status")))[0], "Föreslagen");
  });

  step("three members from Register: the representation check names the party missing", async () => {
    for (const name of MEMBERS) {
      await click(tid("add-member"));
      const search = await waitFor(tid("member-search"));
      await search.sendKeys(name);
      await waitUntil(async () => (await session().execute(`
        const list = document.querySelector('[data-testid="member-person"]');
        return [...list.options].some((o) => o.textContent.includes(arguments[0]));`, name)),
      { message: `${name} found in Register` });
      await session().execute(`
        const list = document.querySelector('[data-testid="member-person"]');
        const option = [...list.options].find((o) => o.textContent.includes(arguments[0]));
        list.value = option.value;
        list.dispatchEvent(new Event("change", { bubbles: true }));`, name);
      await click(tid("save-member"));
      await waitUntil(async () => (await textsOf(tid("member-name"))).some((t) => t.includes(name)),
        { message: `${name} listed as a member` });
    }
    await waitUntil(async () => /Lärosäte/.test((await textsOf(tid("group-representation")))[0] ?? ""),
      { message: "the representation check to say Lärosäte is missing" });
    const representation = (await textsOf(tid("group-representation")))[0];
    assert.ok(!/Region|Kommun/.test(representation), representation);
  });

  step("a meeting in August, and a task 'Klart till arbetsmöte i augusti' anchored to it", async () => {
    await click(tid("add-meeting"));
    await waitFor(tid("meeting-dialog"));
    await setValue(tid("meeting-date"), "2022-08-24");
    await (await waitFor(tid("meeting-purpose-input"))).sendKeys("Arbetsmöte");
    await click(tid("save-meeting"));
    await waitUntil(async () => (await textsOf(tid("meeting-when"))).includes("24 aug 2022"),
      { message: "the meeting listed" });

    await click(tid("add-task"));
    await (await waitFor(tid("task-title-input"))).sendKeys("Kartlägga goda exempel");
    await (await waitFor(tid("task-tidplan-input"))).sendKeys("Klart till arbetsmöte i augusti");
    await click(tid("save-task"));
    await waitGone(tid("task-dialog"));
    await waitUntil(async () => (await textsOf(tid("task-understood"))).some((t) => t.includes("24 aug 2022")),
      { message: "the task anchored to the 24 August meeting" });
    await screenshot("groups-anchored-task");
  });

  step("the meeting moves, and the anchored task follows it", async () => {
    // From the keyboard: the row takes focus and Enter opens it.
    assert.ok(await session().execute(`
      const row = document.querySelector('[data-testid="meeting-row"]');
      row.scrollIntoView();
      row.focus();
      return document.activeElement === row;`));
    await session().chord(Keys.ENTER);
    await waitFor(tid("meeting-dialog"));
    await setValue(tid("meeting-date"), "2022-08-31");
    await click(tid("save-meeting"));
    await waitUntil(async () => (await textsOf(tid("task-understood"))).some((t) => t.includes("31 aug 2022")),
      { message: "the task to follow the meeting to 31 August" });
  });

  step("Exportera kalender writes the group's .ics where the save dialog was told", async () => {
    const ics = path.join(dir, "gruppens kalender.ics");
    await click(tid("export-calendar"));
    await answerSaveDialog("Exportera kalender", ics);
    await waitUntil(async () => (await textsOf(tid("info-toast")))[0]?.includes(ics), {
      message: "the app to say where it saved the calendar",
    });
    assert.ok(existsSync(ics));
    const text = readFileSync(ics, "utf8");
    assert.ok(text.includes("DTSTART;VALUE=DATE:20220831\r\n"), "the meeting, on its new day");
    assert.ok(text.includes("SUMMARY:Sista dag: Kartlägga goda exempel\r\n"), "the task's deadline");
  });

  step("Exportera uppdragsbeskrivning → PDF holds the sections, the task and the members", async () => {
    const pdf = path.join(dir, "uppdragsbeskrivning.pdf");
    await click(tid("export-mandate"));
    await click(tid("export-mandate-pdf"));
    await answerSaveDialog("Exportera uppdragsbeskrivningen", pdf);
    await waitUntil(async () => (await textsOf(tid("info-toast")))[0]?.includes(pdf), {
      message: "the app to say where it saved the mandate",
    });
    const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const order = ["1. Bakgrund", "3. Aktiviteter", "Kartlägga goda exempel", "Klart till arbetsmöte i augusti",
      "5. Arbetsgruppens organisation", "Katarina Fjäll", "Lärosäte", "6. Tidplan"];
    let at = -1;
    for (const piece of order) {
      const next = text.indexOf(piece, at + 1);
      assert.ok(next > at, `"${piece}" after the one before it in the PDF`);
      at = next;
    }
    await stopApp();
  });
});
