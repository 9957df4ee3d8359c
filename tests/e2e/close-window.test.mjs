// Closing the window the way × does leaves the whole council in the one .radsplan file: a copy
// of that file alone (what she mails or backs up by hand) has the last edit (issue 6, defect 3).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  scenario, startApp, session, cli, tempDir, tid, click, waitFor, waitUntil, Keys,
  closeWindowLikeTheWindowManager,
} from "./lib/app.mjs";

const ACTIVITY = "Utbildning i intermediärvård för sjuksköterskor";
const TIDPLAN = "v. 37 och 14/11";

scenario("close: × leaves every edit in the lone .radsplan file", (step) => {
  let file;

  step("an edit is made in the example council", async () => {
    file = path.join(tempDir("close-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-plan"), { timeout: 30_000 });
    const id = await session().execute(`
      const cell = [...document.querySelectorAll('[data-testid="activity-title-cell"]')]
        .find((c) => c.innerText.replace(/\\u00AD/g, "").trim() === arguments[0]);
      return cell ? cell.closest('[data-testid="activity-row"]').dataset.activityId : null;`, ACTIVITY);
    assert.ok(id, `the example has ${ACTIVITY}`);
    const row = `${tid("activity-row")}[data-activity-id="${id}"]`;
    await (await waitFor(`${row} ${tid("tidplan-cell")}`)).click();
    await session().chord(Keys.ENTER);
    await (await waitFor(tid("tidplan-input"))).sendKeys(TIDPLAN);
    await session().chord(Keys.CONTROL, Keys.ENTER);
    await waitUntil(async () => session().execute(
      `return document.querySelector(arguments[0])?.innerText.includes(arguments[1]);`,
      `${row} ${tid("tidplan-cell")}`, TIDPLAN,
    ), { message: "the tidplan to be saved and shown" });
  });

  step("the window is closed as × closes it, and the app quits", async () => {
    // The message the window manager sends for × and Alt+F4; the app must quit by itself,
    // having closed the file (WebDriver's own Close Window skips the toplevel's close event).
    await closeWindowLikeTheWindowManager();
  });

  step("a copy of the .radsplan alone holds the edit, and no log is left with content", async () => {
    const wal = `${file}-wal`;
    assert.ok(!fs.existsSync(wal) || fs.statSync(wal).size === 0, "no log with content beside the file");
    const alone = path.join(tempDir("alone-"), "ensam.radsplan");
    fs.copyFileSync(file, alone);
    const csv = path.join(path.dirname(alone), "plan.csv");
    cli("export", "plan", "--db", alone, "--year", "2022", "--format", "csv", "--out", csv);
    const text = fs.readFileSync(csv, "utf8");
    assert.ok(text.includes(TIDPLAN), `the exported plan of the lone copy has the tidplan ${TIDPLAN}`);
  });
});
