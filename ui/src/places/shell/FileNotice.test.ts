import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { chmodSync } from "node:fs";
import App from "../../App.svelte";
import { realCore } from "../../test/harness";
import { openCopyOfExample } from "../../test/core-helpers";

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
});
