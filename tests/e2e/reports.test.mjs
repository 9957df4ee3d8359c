// The lägesrapport in the real app: an AU meeting added ten days ahead and three edits made,
// Översikt's Nästa AU-möte opens its lägesrapport in Rapporter with the three changes, a decision
// point typed shows in the preview, Skicka till AU (the native save dialog answered with xdotool)
// puts it on record as sent, Kontrollera fil (the native open dialog) says the sent file is
// unchanged, one more edit is all the next report shows, and the council's återrapport is
// exported as Word.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { scenario, startApp, session, cli, tempDir, tid, click, waitFor, waitGone, waitUntil, textsOf, screenshot } from "./lib/app.mjs";
import { assertAccessible } from "./lib/axe.mjs";
import { answerOpenDialog, answerSaveDialog } from "./lib/native-dialog.mjs";

const POINT = "Nytt datum för vårens workshop";
const PROPOSAL = "AU fastställer den 12 maj.";

const previewText = async () => (await textsOf(tid("document-preview")))[0] ?? "";

const EDITED = ["Specialistutbildning tandvård", "Introduktionsår/etableringsår", "Kompetensförsörjning undersköterskor"];
const EDITED_AFTER = "Utbildning i intermediärvård för sjuksköterskor";

/** Colours the plan row titled `title` from the keyboard (1 grön, 2 gul) and waits for the word. */
async function colour(title, key, word) {
  await click(tid("nav-plan"));
  let id = null;
  await waitUntil(async () => {
    id = await session().execute(`
      const cell = [...document.querySelectorAll('[data-testid="activity-title-cell"]')]
        .find((c) => c.innerText.replace(/\\u00AD/g, "").trim() === arguments[0]);
      return cell ? cell.closest('[data-testid="activity-row"]').dataset.activityId : null;`, title);
    return id !== null;
  }, { message: `the activity ${JSON.stringify(title)} in the plan` });
  const row = `[data-testid="activity-row"][data-activity-id="${id}"]`;
  await (await waitFor(`${row} ${tid("activity-title-cell")}`)).click();
  await session().chord(key);
  await waitUntil(async () => ((await textsOf(`${row} ${tid("priority-badge")}`))[0] ?? "").includes(word),
    { message: `${title} coloured ${word}` });
}

scenario("rapporter: the lägesrapport is written, sent to the AU and checked", (step) => {
  let target;

  step("an AU meeting ten days ahead is added under Arbetsgrupper → AU", async () => {
    const dir = tempDir("reports-");
    const file = path.join(dir, "exempel.radsplan");
    // ASCII only: xdotool types into the GTK dialogs, and a non-ASCII key can be dropped there.
    target = path.join(dir, "Lagesrapport-AU.pdf");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-groups"), { timeout: 30_000 });
    await click(tid("groups-tab-committee"));
    await click(tid("add-meeting"));
    const heldOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    // WebKit's date field takes typed digits in the locale's order; set it as a person's pick would.
    await session().execute(`
      const input = document.querySelector('[data-testid="meeting-date"]');
      input.value = arguments[0];
      input.dispatchEvent(new Event("input", { bubbles: true }));`, heldOn);
    await click(tid("save-meeting"));
    await waitGone(tid("meeting-dialog"));
  });

  step("three activities are coloured in the plan", async () => {
    for (const title of EDITED) await colour(title, "1", "grön");
  });

  step("Översikt's Nästa AU-möte opens its lägesrapport with the three changes; a decision point typed shows in the preview", async () => {
    await click(tid("nav-overview"));
    await click(tid("overview-status-report"), { timeout: 15_000 });
    await waitFor(tid("document-preview"), { timeout: 30_000 });
    await waitUntil(async () => EDITED.every((title) => previewText().then((t) => t.includes(title))), {
      timeout: 30_000, message: "the three changes in Vad har hänt",
    });
    for (const title of EDITED) assert.ok((await previewText()).includes(title), `${title} in the preview`);
    await (await waitFor(tid("new-point-text"))).sendKeys(POINT);
    await (await waitFor(tid("new-point-proposal"))).sendKeys(PROPOSAL);
    await click(tid("new-point-add"));
    await waitUntil(async () => (await previewText()).includes(PROPOSAL), { timeout: 30_000, message: "the decision point in the preview" });
    assert.ok((await previewText()).includes(POINT));
    // Beside the preview, to change or remove.
    await waitUntil(async () => (await session().execute(
      `return [...document.querySelectorAll('[data-testid="decision-point-text"]')].map((i) => i.value);`)).includes(POINT),
    { message: "the decision point listed beside the preview" });
    await assertAccessible("Rapporter, lägesrapport");
    await screenshot("reports-status-report");
  });

  step("Skicka till AU saves the PDF where she chose and puts it on record as sent", async () => {
    await click(tid("status-send"));
    await waitFor(tid("confirm-dialog"));
    await click(tid("confirm-action"));
    await answerSaveDialog("Skicka lägesrapporten till AU", target);
    await waitUntil(() => fs.existsSync(target), { timeout: 30_000, message: `${target} written` });
    assert.equal(fs.readFileSync(target).subarray(0, 5).toString("latin1"), "%PDF-");
    await waitUntil(async () => (await textsOf(tid("report-record"))).some((row) => row.includes("Lägesrapport") && row.includes("Ja")),
      { message: "the sent lägesrapport in Skickade och exporterade dokument" });
  });

  step("Kontrollera fil says the sent file is unchanged", async () => {
    await click(tid("report-verify"));
    await answerOpenDialog("Kontrollera fil", target);
    await waitUntil(async () => ((await textsOf(tid("report-verify-answer")))[0] ?? "").includes("Filen är oförändrad"),
      { timeout: 30_000, message: "Kontrollera fil's answer" });
    await assertAccessible("Rapporter, records");
  });

  step("one more edit: the next lägesrapport shows only that one", async () => {
    await colour(EDITED_AFTER, "2", "gul");
    await click(tid("nav-reports"));
    await click(tid("report-status-report"), { timeout: 15_000 });
    await waitUntil(async () => (await previewText()).includes(EDITED_AFTER), { timeout: 30_000, message: "the new change in the next report" });
    const text = await previewText();
    for (const title of EDITED) assert.ok(!text.includes(title), `${title} was in the report already sent`);
  });

  step("the council's återrapport is exported as Word, with its title and headings", async () => {
    const docx = path.join(path.dirname(target), "Aterrapport-2022.docx");
    await click(tid("report-year-end"));
    await waitFor(tid("document-preview"), { timeout: 30_000 });
    await click(tid("report-export"));
    await click(tid("report-export-docx"));
    await answerSaveDialog("Exportera återrapporten", docx);
    await waitUntil(() => fs.existsSync(docx), { timeout: 30_000, message: `${docx} written` });
    const body = execFileSync("python3", ["-c",
      "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())", docx],
    { encoding: "utf8" });
    assert.ok(body.includes("Återrapport 2022"), "the title");
    assert.ok(body.includes("Aktiviteter per fokusområde"), "a section heading");
    assert.match(body, /<w:pStyle w:val="Heading1"\/>/, "Heading 1 styles, for Word's table of contents");
  });
});
