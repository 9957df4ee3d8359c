// Group sheets in Excel from the Workshops place, against the real core: exported into the folder
// she chose, then one read back (the native dialogs answered through the bridge), previewed row
// by row for the group it names, applied in one step that Ctrl+Z undoes; a sheet read for the
// wrong group is refused.
import { readdirSync } from "node:fs";
import path from "node:path";
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import type { SideBySide } from "../../lib/bindings";
import { toasts } from "../../lib/errors.svelte";
import { realCore, type RealCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

async function openWorkshops() {
  render(App);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId("nav-workshops"));
  await screen.findByTestId("workshop-current");
  const workshopId = Number((screen.getByTestId("workshop-select") as HTMLSelectElement).value);
  return { user, workshopId };
}

const sideBySide = (core: RealCore, workshopId: number) =>
  core.invoke<SideBySide>("workshop_side_by_side", { workshopId });

/** Exports the Excel sheets through the button and answers the folder dialog. */
async function exportSheets(core: RealCore, user: ReturnType<typeof userEvent.setup>): Promise<string> {
  const folder = path.join(tempFolder(), "Excel");
  await core.answerDialog(folder);
  toasts.dismiss();
  await user.click(screen.getByTestId("group-sheets-xlsx"));
  await waitFor(() => expect(screen.getByTestId("info-toast").textContent)
    .toContain(`3 gruppblad sparade i ${folder}`), { timeout: 20_000 });
  toasts.dismiss();
  return folder;
}

describe("Group sheets in Excel", () => {
  test("a sheet exported, changed in the grid, is read back for its group and Ctrl+Z undoes it", async () => {
    const core = await realCore();
    const { user, workshopId } = await openWorkshops();
    const folder = await exportSheets(core, user);
    expect(readdirSync(folder).sort()).toEqual([
      "Gruppblad 1 – Grupp Hans.xlsx",
      "Gruppblad 2 – Grupp Maria.xlsx",
      "Gruppblad 3 – Grupp Lena.xlsx",
    ]);
    expect(core.callsOf("export_group_sheets_dialog")).toEqual([{ workshopId, format: "xlsx" }]);

    // After the export, Grupp Maria's first comment is changed in the grid; her sheet has the old.
    const before = await sideBySide(core, workshopId);
    const maria = before.groups[1]!.id;
    const index = before.rows.findIndex((r) => (r.groups[1]?.comment ?? "") !== "");
    const row = before.rows[index]!;
    const original = row.groups[1]!.comment;
    await core.invoke("set_assessment_comment", { groupId: maria, activityId: row.activityId, comment: "Ändrad i rutnätet" });

    const sheet = path.join(folder, "Gruppblad 2 – Grupp Maria.xlsx");
    await core.answerDialog(sheet);
    await user.click(screen.getByTestId("read-group-sheet"));
    const dialog = await screen.findByTestId("sheet-import-dialog");
    await waitFor(() => expect(within(dialog).getAllByTestId("sheet-import-row")).toHaveLength(before.rows.length));
    expect(core.callsOf("preview_group_sheet_import")).toEqual([{ workshopId, groupId: null, path: sheet }]);
    const select = within(dialog).getByTestId("sheet-import-group") as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe("Grupp Maria");
    expect(within(dialog).getByTestId("sheet-import-says").textContent).toContain("Grupp Maria");
    expect(within(dialog).getByTestId("sheet-import-changes").textContent).toBe("1 aktivitet ändras.");
    const shown = within(dialog).getAllByTestId("sheet-import-row")[index]!;
    expect(shown.textContent).toContain(original.slice(0, 20));
    expect(core.callsOf("import_group_sheet")).toHaveLength(0);

    await user.click(within(dialog).getByTestId("sheet-import-confirm"));
    await waitFor(() => expect(screen.queryByTestId("sheet-import-dialog")).toBeNull());
    expect(core.callsOf("import_group_sheet")).toEqual([
      { workshopId, groupId: maria, path: sheet, fingerprint: expect.any(String) },
    ]);
    expect(screen.getByTestId("info-toast").textContent).toContain("Grupp Maria: 1 aktivitet lästes in");
    expect((await sideBySide(core, workshopId)).rows[index]!.groups[1]!.comment).toBe(original);

    await user.keyboard("{Control>}z{/Control}");
    await waitFor(async () => expect((await sideBySide(core, workshopId)).rows[index]!.groups[1]!.comment)
      .toBe("Ändrad i rutnätet"));
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("a sheet read for another group is refused until its own group is chosen", async () => {
    const core = await realCore();
    const { user } = await openWorkshops();
    const folder = await exportSheets(core, user);
    await core.answerDialog(path.join(folder, "Gruppblad 1 – Grupp Hans.xlsx"));
    await user.click(screen.getByTestId("read-group-sheet"));
    const dialog = await screen.findByTestId("sheet-import-dialog");
    const select = await within(dialog).findByTestId("sheet-import-group") as HTMLSelectElement;
    await waitFor(() => expect(select.selectedOptions[0]!.textContent).toBe("Grupp Hans"));
    await user.selectOptions(select, "Grupp Lena");
    await waitFor(() => expect(within(dialog).getByTestId("sheet-import-problems").textContent)
      .toContain("Bladet är ifyllt av ”Grupp Hans”, men läses in för ”Grupp Lena”."));
    expect(within(dialog).getByTestId("sheet-import-blocked")).toBeTruthy();
    expect((within(dialog).getByTestId("sheet-import-confirm") as HTMLButtonElement).disabled).toBe(true);
    expect(core.callsOf("import_group_sheet")).toHaveLength(0);
  });
});
