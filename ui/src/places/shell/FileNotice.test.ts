import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import App from "../../App.svelte";
import { realCore } from "../../test/harness";
import { openCopyOfExample, tempFolder } from "../../test/core-helpers";

describe("The open file's state in the window", () => {
  test("a read-only file says so in the header and offers no undo or redo", async () => {
    const core = await realCore();
    // A copy of the example that may not be written.
    await openCopyOfExample(core, { name: "Skrivskyddat.radsplan", change: (file) => chmodSync(file, 0o444) });
    expect((await core.status()).readOnly).toBe(true);
    render(App);
    const badge = await screen.findByTestId("read-only");
    expect(badge.textContent).toContain("Skrivskyddad – du kan läsa, exportera och spara en kopia");
    expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("redo") as HTMLButtonElement).disabled).toBe(true);
  });

  // Found here: core once built the read-only file's SQLite URI byte by byte, so "å" became "Ã¥".
  test("a read-only file with å in its name opens read-only too", async () => {
    const core = await realCore();
    await openCopyOfExample(core, { name: "Rådet skrivskyddat.radsplan", change: (file) => chmodSync(file, 0o444) });
    expect((await core.status()).readOnly).toBe(true);
    render(App);
    expect(await screen.findByTestId("read-only")).toBeTruthy();
  });

  test("a writable file shows no read-only line", async () => {
    await realCore();
    render(App);
    await screen.findByTestId("app-title");
    expect(screen.queryByTestId("read-only")).toBeNull();
  });

  test("a recovery notice is shown with the open file and can be put away", async () => {
    const core = await realCore();
    await core.setNotice("Rådsplan avslutades inte ordentligt förra gången. Filen har återställts från sin logg; "
      + "en kopia av filen som den var ligger i /hem/Råd.radsplan.återställning-2026-11-29-201500.");
    render(App);
    const notice = await screen.findByTestId("file-notice");
    expect(notice.textContent).toContain("avslutades inte ordentligt");
    expect(notice.getAttribute("role")).toBe("alert");
    await userEvent.setup().click(screen.getByRole("button", { name: "Stäng meddelandet" }));
    await waitFor(() => expect(screen.queryByTestId("file-notice")).toBeNull());
  });

  test("a file in a OneDrive folder is offered a move to the data folder; the copy opens, the original stays", async () => {
    const core = await realCore();
    const example = (await core.status()).file;
    if (!example) throw new Error("the example is open");
    await core.invoke("close_file");
    // Core knows a synced folder by its name, as OneDrive names it on a Windows laptop.
    const synced = path.join(tempFolder(), "OneDrive - Region Örebro län");
    mkdirSync(synced);
    const original = path.join(synced, "Rådet i molnet.radsplan");
    copyFileSync(example, original);
    await core.invoke("open_recent_file", { path: original });
    const before = readFileSync(original);
    expect((await core.status()).riskyPlace).toBe("oneDrive");

    render(App);
    const notice = await screen.findByTestId("file-notice");
    expect(notice.textContent).toContain("OneDrive-mapp");
    expect(notice.textContent).toContain("Originalet ligger kvar där det är");
    const move = screen.getByRole("button", { name: "Flytta till Rådsplans datamapp" });
    // From the keyboard: Tab reaches the button, Enter presses it.
    const user = userEvent.setup();
    move.focus();
    await user.keyboard("{Enter}");

    await waitFor(() => expect(screen.getByTestId("file-notice").textContent).toContain("Filen är flyttad"));
    const status = await core.status();
    const moved = status.file ?? "";
    expect(path.basename(path.dirname(moved)), "the bridge's data folder").toBe("data");
    expect(path.basename(moved)).toMatch(/^Rådet i molnet( \(\d+\))?\.radsplan$/);
    expect(status.riskyPlace).toBeNull();
    expect(status.recentFiles.slice(0, 2).map((f) => f.path), "the copy first, the original kept").toEqual([moved, original]);
    expect(existsSync(original), "the original is never deleted").toBe(true);
    expect(readFileSync(original).equals(before), "nor changed").toBe(true);
    const told = screen.getByTestId("file-notice").textContent ?? "";
    expect(told).toContain(moved);
    expect(told).toContain(original);
    expect(screen.queryByRole("button", { name: "Flytta till Rådsplans datamapp" }), "nothing left to move").toBeNull();
  });

  test("a refused move says why in Swedish and leaves the file open where it was", async () => {
    const core = await realCore();
    const example = (await core.status()).file;
    if (!example) throw new Error("the example is open");
    await core.invoke("close_file");
    const synced = path.join(tempFolder(), "Dropbox");
    mkdirSync(synced);
    const original = path.join(synced, "Rådet.radsplan");
    copyFileSync(example, original);
    await core.invoke("open_recent_file", { path: original });
    await core.failNext("move_to_data_folder", "readOnly",
      "Filen kunde inte flyttas: mappen är skrivskyddad. Originalet är orört och fortfarande öppet.");
    render(App);
    await userEvent.setup().click(await screen.findByRole("button", { name: "Flytta till Rådsplans datamapp" }));
    expect(await screen.findByText(/Filen kunde inte flyttas/)).toBeTruthy();
    expect((await core.status()).file).toBe(original);
    expect((screen.getByTestId("move-to-data-folder") as HTMLButtonElement).disabled, "she may try again").toBe(false);
  });

  test("once explained, a file in a synced folder can still be moved from the Fil menu", async () => {
    const core = await realCore();
    const example = (await core.status()).file;
    if (!example) throw new Error("the example is open");
    await core.invoke("close_file");
    const synced = path.join(tempFolder(), "Google Drive");
    mkdirSync(synced);
    const original = path.join(synced, "Rådet.radsplan");
    copyFileSync(example, original);
    await core.invoke("open_recent_file", { path: original });
    await core.invoke("close_file");
    await core.invoke("open_recent_file", { path: original });
    expect((await core.status()).notice, "the explanation is given once").toBeNull();

    render(App);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId("file-menu"));
    await user.click(await screen.findByTestId("file-move-to-data-folder"));

    await waitFor(() => expect(screen.getByTestId("file-notice").textContent).toContain("Filen är flyttad"));
    const status = await core.status();
    expect(path.basename(path.dirname(status.file ?? ""))).toBe("data");
    expect(existsSync(original)).toBe(true);
    await user.click(screen.getByTestId("file-menu"));
    expect(screen.queryByTestId("file-move-to-data-folder"), "the copy is in a safe place").toBeNull();
  });
});
