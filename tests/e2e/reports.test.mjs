// The lägesrapport in the real app: an AU meeting added ten days ahead, Översikt's Nästa AU-möte
// opens its lägesrapport in Rapporter, a decision point typed shows in the preview, Skicka till AU
// (the native save dialog answered with xdotool) puts it on record as sent, and Kontrollera fil
// (the native open dialog) says the sent file is unchanged.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { scenario, startApp, session, cli, tempDir, tid, click, waitFor, waitGone, waitUntil, textsOf, screenshot } from "./lib/app.mjs";
import { assertAccessible } from "./lib/axe.mjs";
import { answerOpenDialog, answerSaveDialog } from "./lib/native-dialog.mjs";

const POINT = "Nytt datum för vårens workshop";
const PROPOSAL = "AU fastställer den 12 maj.";

const previewText = async () => (await textsOf(tid("document-preview")))[0] ?? "";

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

  step("Översikt's Nästa AU-möte opens its lägesrapport; a decision point typed shows in the preview", async () => {
    await click(tid("nav-overview"));
    await click(tid("overview-status-report"), { timeout: 15_000 });
    await waitFor(tid("document-preview"), { timeout: 30_000 });
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
    await click(tid("confirm-delete"));
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
});
