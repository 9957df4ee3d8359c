// A council file damaged on disk (as a sync client does it), opened from Senaste filer: the
// window offers its newest good backup, puts it back, and says where the damaged file is kept.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import App from "../../App.svelte";
import type { BackupStatus } from "../../lib/bindings";
import { realCore, type RealCore } from "../../test/harness";
import { tempFolder } from "../../test/core-helpers";

/** Backs the open example up, closes it and damages it: the header kept, the pages wrecked. */
async function damageTheOpenFileAfterABackup(core: RealCore): Promise<string> {
  const file = (await core.status()).file!;
  const backup = (await core.invoke<BackupStatus>("backup_now")).lastSuccess!;
  expect(backup.verified).toBe(true);
  await core.invoke("close_file");
  const bytes = readFileSync(file);
  bytes.fill(0xa5, 100);
  writeFileSync(file, bytes);
  return file;
}

async function openFromRecent(user: ReturnType<typeof userEvent.setup>) {
  const recent = await screen.findAllByTestId("recent-open");
  await user.click(recent[0]!);
  return screen.findByTestId("damaged-file-dialog");
}

describe("a damaged council file at opening", () => {
  test("Återställ säkerhetskopian opens the backup in its place and keeps the damaged file", async () => {
    const core = await realCore();
    const file = await damageTheOpenFileAfterABackup(core);
    render(App);
    const user = userEvent.setup();

    const dialog = await openFromRecent(user);
    expect(within(dialog).getByRole("heading").textContent).toBe(
      "Exempelrådet Mellansverige går inte att öppna",
    );
    expect(within(dialog).getByTestId("damaged-backup").textContent).toMatch(
      /^Säkerhetskopia från i dag \d\d:\d\d: \d+ aktiviteter, \d+ arbetsgrupper, \d+ personer\.$/,
    );
    expect(screen.queryByTestId("error-toast")).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByTestId("damaged-restore"));

    await user.keyboard("{Enter}");

    await waitFor(() => expect(screen.getAllByTestId("overview-area").length).toBeGreaterThan(0));
    expect(screen.queryByTestId("damaged-file-dialog")).toBeNull();
    const status = await core.status();
    expect(status.file).toBe(file);
    expect(status.damagedFile).toBeNull();
    const kept = /sparad som (.+?\(skadad [^)]+\)\.radsplan)/.exec(status.notice ?? "")?.[1];
    expect(kept, status.notice ?? "").toBeDefined();
    expect(path.dirname(kept!)).toBe(path.dirname(file));
    expect(readFileSync(kept!).subarray(100, 110).every((b) => b === 0xa5)).toBe(true);
    expect(core.callsOf("restore_damaged_file")).toHaveLength(1);
  });

  test("Inte nu leaves the damaged file as it is and the welcome screen as it was", async () => {
    const core = await realCore();
    const file = await damageTheOpenFileAfterABackup(core);
    const damaged = readFileSync(file);
    render(App);
    const user = userEvent.setup();

    await openFromRecent(user);
    await user.click(screen.getByTestId("damaged-later"));

    await waitFor(() => expect(screen.queryByTestId("damaged-file-dialog")).toBeNull());
    expect((await core.status()).damagedFile).toBeNull();
    expect(readFileSync(file).equals(damaged)).toBe(true);
    expect(existsSync(file.replace(/\.radsplan$/, ""))).toBe(false);
    expect(screen.getAllByTestId("recent-open").length).toBeGreaterThan(0);
    expect(core.callsOf("restore_damaged_file")).toHaveLength(0);
  });

  test("a damaged file that was never backed up is told in a toast and nothing is offered", async () => {
    const core = await realCore({ file: null });
    const file = path.join(tempFolder(), "Aldrig kopierad.radsplan");
    writeFileSync(file, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0xa5)]));
    await core.answerDialog(file);
    render(App);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: /Öppna en befintlig fil/ }));
    expect((await screen.findByTestId("error-toast")).textContent).toContain("Aldrig kopierad");
    expect(screen.queryByTestId("damaged-file-dialog")).toBeNull();
    expect((await core.status()).damagedFile?.backup).toBeNull();
    expect(readFileSync(file).length).toBe(16 + 4096);
  });
});
