import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { realCore } from "../../test/harness";

describe("The open file's state in the window", () => {
  test("a read-only file says so in the header and offers no undo or redo", async () => {
    const core = await realCore();
    core.readOnly = true;
    render(App);
    const badge = await screen.findByTestId("read-only");
    expect(badge.textContent).toContain("Skrivskyddad – du kan läsa, exportera och spara en kopia");
    expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("redo") as HTMLButtonElement).disabled).toBe(true);
  });

  test("a writable file shows no read-only line", async () => {
    await realCore();
    render(App);
    await screen.findByTestId("app-title");
    expect(screen.queryByTestId("read-only")).toBeNull();
  });

  test("a recovery notice is shown with the open file and can be put away", async () => {
    const core = await realCore();
    core.notice = "Rådsplan avslutades inte ordentligt förra gången. Filen har återställts från sin logg; "
      + "en kopia av filen som den var ligger i /hem/Råd.radsplan.återställning-2026-11-29-201500.";
    render(App);
    const notice = await screen.findByTestId("file-notice");
    expect(notice.textContent).toContain("avslutades inte ordentligt");
    expect(notice.getAttribute("role")).toBe("alert");
    await userEvent.setup().click(screen.getByRole("button", { name: "Stäng meddelandet" }));
    await waitFor(() => expect(screen.queryByTestId("file-notice")).toBeNull());
  });
});
