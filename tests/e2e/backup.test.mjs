// Backups on the real app: a file opened gets a backup, an edit is backed up on request, and
// restoring the earlier backup as a new file gives the council without the edit, while the
// original keeps it.
import assert from "node:assert/strict";
import path from "node:path";
import {
  scenario, startApp, stopApp, tid, click, waitFor, waitForText, waitUntil, textsOf, cli, tempDir,
  EXAMPLE_COUNCIL,
} from "./lib/app.mjs";

const PERSON = "Backa Bengtsson";

const peopleNames = () => textsOf(`${tid("person-row")} ${tid("person-name-cell")}`);
const headerPath = async () => (await textsOf("header .path"))[0] ?? "";

async function openPeople() {
  await click(tid("nav-register"));
  await click(tid("tab-people"));
  await waitFor(tid("add-person"));
}

async function openBackups() {
  await click(tid("nav-settings"));
  await waitFor(tid("backups-section"));
}

scenario("backups: an edit, its backup time, and restoring the earlier backup as a new file", (step) => {
  const file = path.join(tempDir("backup-"), "Mellansverige.radsplan");

  step("a council file opened in the app is backed up at once", async () => {
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await waitForText(tid("app-title"), EXAMPLE_COUNCIL, { timeout: 30_000 });
    await openBackups();
    await waitUntil(async () => (await textsOf(tid("backup-row"))).length === 1, {
      timeout: 20_000, message: "the backup taken on opening to be listed",
    });
    await click(tid("nav-plan"));
    await openBackups();
    await waitUntil(async () => /Senaste säkerhetskopia: i dag \d\d:\d\d, kontrollerad/
      .test((await textsOf(tid("backup-last")))[0] ?? ""), { message: "the backup time in Inställningar" });
  });

  step("after an edit, Säkerhetskopiera nu lists a second backup", async () => {
    await openPeople();
    await click(tid("add-person"));
    const input = await waitFor(tid("person-name"));
    await input.sendKeys(PERSON);
    await click(tid("save-person"));
    await waitUntil(async () => (await peopleNames()).includes(PERSON), { message: "the new person" });
    await openBackups();
    // Backups are named by the second; make sure the second one gets a later name.
    await new Promise((r) => setTimeout(r, 1100));
    await click(tid("backup-now"));
    await waitUntil(async () => (await textsOf(tid("backup-row"))).length === 2, {
      message: "two backups in the list",
    });
  });

  step("restoring the earlier backup as a new file opens a council without the edit", async () => {
    assert.equal((await textsOf(tid("backup-restore"))).length, 2);
    // The list is newest first: the older backup is the last row.
    await click(`${tid("backup-row")}:last-child ${tid("backup-restore")}`);
    await click(tid("restore-as-new"));
    await waitUntil(async () => (await headerPath()).includes("återställd"), {
      message: "the restored file to be the open one",
    });
    assert.notEqual(await headerPath(), file);
    await openPeople();
    await waitUntil(async () => (await peopleNames()).length > 0, { message: "people listed" });
    assert.ok(!(await peopleNames()).includes(PERSON), "the edit came after that backup");
  });

  step("the original file still has the edit", async () => {
    await stopApp();
    await startApp({ args: ["--open", file] });
    await waitForText(tid("app-title"), EXAMPLE_COUNCIL, { timeout: 30_000 });
    await openPeople();
    await waitUntil(async () => (await peopleNames()).includes(PERSON), { message: "the edit in the original" });
    await stopApp();
  });
});
