import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { backupWhen } from "../../lib/stores/backups.svelte";
import { sv } from "../../lib/i18n/sv";
import { realCore, renderOpenApp } from "../../test/harness";

async function openSettings() {
  await renderOpenApp();
  const user = userEvent.setup();
  await user.click(screen.getByTestId("nav-settings"));
  await screen.findByTestId("backups-section");
  return user;
}

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

describe("Säkerhetskopior in Inställningar", () => {
  test("Säkerhetskopiera nu takes a backup and shows it as the last one, checked, in the list", async () => {
    const core = await realCore();
    core.backups.nextTime = `${today()}T14:32:05`;
    const user = await openSettings();
    expect(screen.getByTestId("backup-last").textContent).toContain("Ingen säkerhetskopia ännu");
    await user.click(screen.getByTestId("backup-now"));
    await waitFor(() => expect(screen.getByTestId("backup-last").textContent?.trim())
      .toBe("Senaste säkerhetskopia: i dag 14:32, kontrollerad"));
    expect(core.callsOf("backup_now")).toHaveLength(1);
    const rows = screen.getAllByTestId("backup-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain("personer");
    expect(rows[0]!.textContent).toContain("kontrollerad");
  });

  test("restores a backup as a new file, which then is the open file", async () => {
    const core = await realCore();
    core.backups.nextTime = `${today()}T09:15:00`;
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    await user.click(await screen.findByTestId("backup-restore"));
    const dialog = await screen.findByTestId("restore-dialog");
    await user.click(within(dialog).getByTestId("restore-as-new"));
    await waitFor(() => expect(core.callsOf("restore_backup_as_new_file")).toEqual([
      { path: core.backups.taken.at(-1)!.info.path },
    ]));
    await waitFor(() => expect(core.file).toContain("återställd"));
    expect(core.callsOf("restore_backup_replacing")).toEqual([]);
  });

  test("replacing asks first and names what will be lost; Avbryt replaces nothing", async () => {
    const core = await realCore();
    core.backups.nextTime = `${today()}T14:32:00`;
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    await user.click(await screen.findByTestId("backup-restore"));
    await user.click(await screen.findByTestId("restore-replace"));
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(confirm.textContent).toContain(
      "Ändringar efter i dag 14:32 går förlorade; den nuvarande filen säkerhetskopieras först.");
    await user.click(within(confirm).getByText("Avbryt"));
    expect(core.callsOf("restore_backup_replacing")).toEqual([]);

    await user.click(screen.getByTestId("restore-replace"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-delete"));
    await waitFor(() => expect(core.callsOf("restore_backup_replacing")).toHaveLength(1));
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(2));
  });

  test("Kontrollera filen lists the findings and offers the newest good backup", async () => {
    const core = await realCore();
    const user = await openSettings();
    await user.click(screen.getByTestId("backup-now"));
    core.backups.health = {
      ok: false,
      problems: [{ kind: "activityOutsidePlan", message: "Aktiviteten ”Nätverk” (nummer 3) ligger inte i något fokusområde i en aktivitetsplan." }],
    };
    await user.click(screen.getByTestId("check-file"));
    const problems = await screen.findAllByTestId("health-problem");
    expect(problems.map((p) => p.textContent)).toEqual([
      "Aktiviteten ”Nätverk” (nummer 3) ligger inte i något fokusområde i en aktivitetsplan.",
    ]);
    await user.click(screen.getByTestId("offer-restore"));
    expect(await screen.findByTestId("restore-dialog")).toBeTruthy();
  });

  test("a healthy file says so", async () => {
    await realCore();
    const user = await openSettings();
    await user.click(screen.getByTestId("check-file"));
    expect((await screen.findByTestId("health-report")).textContent).toContain("Filen är hel");
  });

  test("the second folder is chosen and cleared", async () => {
    const core = await realCore();
    const user = await openSettings();
    await user.click(screen.getByTestId("choose-second-folder"));
    await waitFor(() => expect(screen.getByTestId("second-folder").textContent).toContain("OneDrive"));
    await user.click(screen.getByTestId("clear-second-folder"));
    await waitFor(() => expect(screen.getByTestId("second-folder").textContent).toContain("Ingen andra mapp"));
    expect(core.callsOf("clear_second_backup_folder")).toHaveLength(1);
  });

  test("the header warns when the last backup failed and leads to Inställningar", async () => {
    const core = await realCore();
    core.backups.lastFailure = "Disken är full.";
    await renderOpenApp();
    const warning = await screen.findByTestId("backup-warning");
    expect(warning.textContent).toContain("Den senaste säkerhetskopian misslyckades");
    await userEvent.setup().click(warning);
    expect(await screen.findByTestId("backup-failure")).toBeTruthy();
  });
});

describe("backupWhen", () => {
  const now = new Date(2026, 10, 29, 15, 0);
  test("says i dag, i går, or the date", () => {
    expect(backupWhen("2026-11-29T14:32:05", sv.backups, now)).toBe("i dag 14:32");
    expect(backupWhen("2026-11-28T09:05:00", sv.backups, now)).toBe("i går 09:05");
    expect(backupWhen("2026-11-03T14:32:00", sv.backups, now)).toBe("3 nov 14:32");
    expect(backupWhen("2025-12-31T17:00:00", sv.backups, now)).toBe("31 dec 2025 17:00");
  });
});
