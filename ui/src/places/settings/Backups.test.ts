import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BackupInfo, BackupStatus, HealthReport } from "../../lib/bindings";
import { backupWhen } from "../../lib/stores/backups.svelte";
import { sv } from "../../lib/i18n/sv";
import { realCore, renderOpenApp } from "../../test/harness";
import { openCopyOfExample, tempFolder } from "../../test/core-helpers";

async function openSettings() {
  await renderOpenApp();
  const user = userEvent.setup();
  await user.click(screen.getByTestId("nav-settings"));
  await screen.findByTestId("backups-section");
  return user;
}

/** What the window says of a backup's time, from what core says of it. */
const shownWhen = (backup: BackupInfo) => backupWhen(backup.takenAt, sv.backups);

/** The backups folder of the open file made unusable: a plain file where the folder should be. */
function blockBackupFolder(folder: string) {
  mkdirSync(path.dirname(folder), { recursive: true });
  writeFileSync(folder, "");
}

describe("Säkerhetskopior in Inställningar", () => {
  test("Säkerhetskopiera nu takes a backup and shows it as the last one, checked, in the list", async () => {
    const core = await realCore();
    const user = await openSettings();
    expect(screen.getByTestId("backup-last").textContent).toContain("Ingen säkerhetskopia ännu");
    expect(screen.queryAllByTestId("backup-row")).toHaveLength(0);
    await user.click(screen.getByTestId("backup-now"));
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(1));
    expect(core.callsOf("backup_now")).toHaveLength(1);
    const last = (await core.invoke<BackupStatus>("backup_status")).lastSuccess!;
    expect(last.verified).toBe(true);
    expect(screen.getByTestId("backup-last").textContent?.trim())
      .toBe(`Senaste säkerhetskopia: ${shownWhen(last)}, kontrollerad`);
    expect(shownWhen(last)).toMatch(/^i dag \d\d:\d\d$/);
    const row = screen.getAllByTestId("backup-row")[0]!;
    expect(row.dataset.path).toBe(last.path);
    const people = (await core.invoke<unknown[]>("list_people", { query: "" })).length;
    expect(row.textContent).toContain(`${people} personer`);
    expect(row.textContent).toContain("kontrollerad");
    expect(await screen.findByText("Säkerhetskopian är gjord och kontrollerad.")).toBeTruthy();
  });

  test("a backup that cannot be written shows core's reason, also in the section, and no success", async () => {
    const core = await realCore();
    blockBackupFolder((await core.invoke<BackupStatus>("backup_status")).folder!);
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    await waitFor(() => expect(core.callsOf("backup_now")).toHaveLength(1));
    const reason = (await core.invoke<BackupStatus>("backup_status")).lastFailure!;
    expect(reason).toContain("Säkerhetskopian kunde inte sparas");
    // The toast says what failed (the list of the folder, read again after it, fails as well,
    // which is no news), and the section shows the failure from core's status.
    await waitFor(() => expect(screen.getByTestId("backup-failure").textContent)
      .toBe(`Den senaste säkerhetskopian misslyckades: ${reason}`));
    expect(screen.getByTestId("error-toast").textContent).toContain(reason);
    expect(screen.getByTestId("backup-last").textContent).toContain("Ingen säkerhetskopia ännu");
    expect(screen.queryByText("Säkerhetskopian är gjord och kontrollerad.")).toBeNull();
  });

  test("restores a backup as a new file, which then is the open file", async () => {
    const core = await realCore();
    const before = (await core.status()).file!;
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    await user.click(await screen.findByTestId("backup-restore"));
    const dialog = await screen.findByTestId("restore-dialog");
    const [backup] = await core.invoke<BackupInfo[]>("list_backups");
    expect(dialog.textContent).toContain(`Återställ säkerhetskopian från ${shownWhen(backup!)}`);
    await user.click(within(dialog).getByTestId("restore-as-new"));
    await waitFor(() => expect(core.callsOf("restore_backup_as_new_file")).toEqual([{ path: backup!.path }]));
    await waitFor(() => expect(screen.queryByTestId("restore-dialog")).toBeNull());
    const after = (await core.status()).file!;
    expect(after).not.toBe(before);
    expect(path.basename(after)).toMatch(/^Exempelrådet Mellansverige \(återställd .*\)\.radsplan$/);
    expect(path.dirname(after)).toBe(path.dirname(before)); // beside the file it came from
    expect(existsSync(before)).toBe(true); // which is left as it was
    expect(core.callsOf("restore_backup_replacing")).toEqual([]);
  });

  test("replacing asks first and names what will be lost; Avbryt replaces nothing", async () => {
    const core = await realCore();
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    await user.click(await screen.findByTestId("backup-restore"));
    await user.click(await screen.findByTestId("restore-replace"));
    const [backup] = await core.invoke<BackupInfo[]>("list_backups");
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(confirm.textContent).toContain(
      `Ändringar efter ${shownWhen(backup!)} går förlorade; den nuvarande filen säkerhetskopieras först.`);
    await user.click(within(confirm).getByText("Avbryt"));
    expect(core.callsOf("restore_backup_replacing")).toEqual([]);

    await user.click(screen.getByTestId("restore-replace"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-delete"));
    await waitFor(() => expect(core.callsOf("restore_backup_replacing")).toEqual([{ path: backup!.path }]));
    // The file as it was before is backed up first, so there are two backups now.
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(2));
  });

  test("Kontrollera filen lists the findings and offers the newest good backup", async () => {
    const core = await realCore();
    // A copy of the example in which one activity points at a focus area that does not exist.
    let title = "";
    await openCopyOfExample(core, { name: "Skadad kopia.radsplan", change: (file) => (title = damage(file)) });
    await core.invoke("backup_now");
    const [good] = await core.invoke<BackupInfo[]>("list_backups");
    const report = await core.invoke<HealthReport>("check_file");
    expect(report.ok).toBe(false);
    const user = await openSettings();
    await user.click(screen.getByTestId("check-file"));
    const problems = await screen.findAllByTestId("health-problem");
    expect(problems.map((p) => p.textContent)).toEqual(report.problems.map((p) => p.message));
    expect(problems.map((p) => p.textContent)).toContainEqual(
      `Aktiviteten ”${title}” (nummer 1) ligger inte i något fokusområde i en aktivitetsplan.`);
    expect(screen.getByTestId("health-report").textContent)
      .toContain(`Den senaste fungerande säkerhetskopian är från ${shownWhen(good!)}.`);
    await user.click(screen.getByTestId("offer-restore"));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(dialog.textContent).toContain(`Återställ säkerhetskopian från ${shownWhen(good!)}`);
  });

  test("the findings of one file are not shown for the next file opened", async () => {
    const core = await realCore();
    const example = (await core.status()).file!;
    await openCopyOfExample(core, { name: "Skadad kopia.radsplan", change: (file) => void damage(file) });
    const user = await openSettings();
    await user.click(screen.getByTestId("check-file"));
    await screen.findAllByTestId("health-problem");
    await user.click(screen.getByTestId("file-menu"));
    const other = screen.getAllByTestId("file-recent").find((r) => r.textContent?.includes("Exempelrådet"))!;
    await user.click(other);
    await waitFor(async () => expect((await core.status()).file).toBe(example));
    // Another file opens on its Översikt.
    await waitFor(() => expect(screen.getByTestId("nav-overview").getAttribute("aria-current")).toBe("page"));
    await user.click(screen.getByTestId("nav-settings"));
    await screen.findByTestId("backups-section");
    expect(screen.queryByTestId("health-report")).toBeNull();
  });

  test("a healthy file says so", async () => {
    await realCore();
    const user = await openSettings();
    await user.click(screen.getByTestId("check-file"));
    expect((await screen.findByTestId("health-report")).textContent).toContain("Filen är hel");
  });

  test("the second folder is chosen and cleared", async () => {
    const core = await realCore();
    const second = path.join(tempFolder(), "OneDrive");
    mkdirSync(second);
    const user = await openSettings();
    expect(screen.getByTestId("second-folder").textContent).toContain("Ingen andra mapp");
    await core.answerDialog(second);
    await user.click(screen.getByTestId("choose-second-folder"));
    await waitFor(() => expect(screen.getByTestId("second-folder").textContent)
      .toBe(`Kopieras också till: ${second}`));
    expect((await core.invoke<BackupStatus>("backup_status")).secondFolder).toBe(second);
    await user.click(screen.getByTestId("clear-second-folder"));
    await waitFor(() => expect(screen.getByTestId("second-folder").textContent).toContain("Ingen andra mapp"));
    expect(core.callsOf("clear_second_backup_folder")).toHaveLength(1);
    expect((await core.invoke<BackupStatus>("backup_status")).secondFolder).toBeNull();
  });

  test("choosing no second folder (Avbryt) keeps none", async () => {
    const core = await realCore();
    const user = await openSettings();
    await core.answerDialog(null);
    await user.click(screen.getByTestId("choose-second-folder"));
    await waitFor(() => expect(core.callsOf("choose_second_backup_folder")).toHaveLength(1));
    await waitFor(async () => expect((await core.window()).dialogs).toHaveLength(1));
    expect(screen.getByTestId("second-folder").textContent).toContain("Ingen andra mapp");
  });

  test("the header warns when the last backup failed and leads to Inställningar", async () => {
    const core = await realCore();
    blockBackupFolder((await core.invoke<BackupStatus>("backup_status")).folder!);
    await expect(core.invoke("backup_now")).rejects.toMatchObject({ code: "io" });
    const reason = (await core.invoke<BackupStatus>("backup_status")).lastFailure!;
    await renderOpenApp();
    const warning = await screen.findByTestId("backup-warning");
    expect(warning.textContent).toContain("Den senaste säkerhetskopian misslyckades");
    await userEvent.setup().click(warning);
    expect((await screen.findByTestId("backup-failure")).textContent)
      .toBe(`Den senaste säkerhetskopian misslyckades: ${reason}`);
  });
});

/**
 * Points the first activity at a focus area that does not exist, behind the app's back (the
 * `sqlite3` program); returns its title.
 */
function damage(file: string): string {
  return execFileSync("sqlite3", [file,
    "SELECT title FROM activity WHERE id = 1; "
    + "PRAGMA foreign_keys = OFF; UPDATE activity SET focus_area_id = 9999 WHERE id = 1;"],
  { encoding: "utf8" }).trim();
}

describe("backupWhen", () => {
  const now = new Date(2026, 10, 29, 15, 0);
  test("says i dag, i går, or the date", () => {
    expect(backupWhen("2026-11-29T14:32:05", sv.backups, now)).toBe("i dag 14:32");
    expect(backupWhen("2026-11-28T09:05:00", sv.backups, now)).toBe("i går 09:05");
    expect(backupWhen("2026-11-03T14:32:00", sv.backups, now)).toBe("3 nov 14:32");
    expect(backupWhen("2025-12-31T17:00:00", sv.backups, now)).toBe("31 dec 2025 17:00");
  });
});
