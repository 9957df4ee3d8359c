import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

async function openCalendar() {
  render(App);
  await fireEvent.click(await screen.findByTestId("nav-reports"));
  await fireEvent.click(await screen.findByTestId("report-calendar"));
  await waitFor(() => expect(screen.getByTestId("document-preview")).toBeTruthy(), { timeout: 15_000 });
}

describe("Rapporter: the calendar", () => {
  test("is previewed as the list of its events, month by month, with weeks", async () => {
    const core = await realCore();
    await openCalendar();
    expect(core.callsOf("preview_document")).toEqual([{ request: { kind: "calendar", group: null }, lines: 100 }]);
    const preview = screen.getByTestId("document-preview");
    const headings = within(preview).getAllByRole("heading").map((h) => h.textContent?.trim());
    expect(headings).toContain("November 2022");
    expect(within(preview).getAllByRole("columnheader").map((c) => c.textContent)).toEqual(
      expect.arrayContaining(["Datum", "Vecka", "Tid", "Vad", "Var och vems"]),
    );
    // Seed 002's Kunskapssammanställning is due on 30 Nov 2022, week 48, a whole day.
    const row = within(preview).getAllByRole("row")
      .find((r) => r.textContent?.includes("Sista dag: Kunskapssammanställning"));
    expect(row, "the deadline's row").toBeTruthy();
    const cells = within(row!).getAllByRole("cell").map((c) => c.textContent?.trim());
    expect(cells.slice(0, 3)).toEqual(["30 nov 2022", "v. 48", "Heldag"]);
    // What has no date is said, not lost.
    expect(headings).toContain("Utan datum (inte med i kalenderfilen)");
  });

  test("Exportera offers the .ics file and the list as PDF; both are written and on record", async () => {
    const core = await realCore();
    const folder = tempFolder();
    toasts.dismiss();
    await openCalendar();
    const user = userEvent.setup();

    await core.answerDialog(path.join(folder, "Kalender.ics"));
    await user.click(screen.getByTestId("report-export"));
    expect(screen.getByTestId("report-export-ics").textContent).toContain("Kalender (.ics)");
    expect(screen.queryByTestId("report-export-docx")).toBeNull();
    await user.click(screen.getByTestId("report-export-ics"));
    await waitFor(() => expect(existsSync(path.join(folder, "Kalender.ics"))).toBe(true), { timeout: 15_000 });
    const ics = readFileSync(path.join(folder, "Kalender.ics"), "utf8");
    expect(ics).toContain("SUMMARY:Sista dag: Kunskapssammanställning");

    await core.answerDialog(path.join(folder, "Kalender.pdf"));
    await user.click(screen.getByTestId("report-export"));
    await user.click(screen.getByTestId("report-export-pdf"));
    await waitFor(() => expect(existsSync(path.join(folder, "Kalender.pdf"))).toBe(true), { timeout: 15_000 });
    expect(readFileSync(path.join(folder, "Kalender.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(core.callsOf("export_calendar_list_dialog")).toEqual([{ workingGroupId: null }]);

    const records = await core.invoke<{ kind: string; format: string }[]>("report_records", {});
    const calendar = records.filter((r) => r.kind === "calendar").map((r) => r.format).sort();
    expect(calendar).toEqual(["ics", "pdf"]);
  });
});
