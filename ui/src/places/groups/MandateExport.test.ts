import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";
import { COMBINED, coreGroup, openGroup, openGroups } from "./test-helpers";

describe("Exportera uppdragsbeskrivning", () => {
  test("offers PDF and Word only, and has core write the group's mandate as a PDF where she chose", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Uppdragsbeskrivning.pdf");
    await core.answerDialog(target);
    toasts.dismiss();
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    const button = screen.getByTestId("export-mandate") as HTMLButtonElement;
    expect(button.textContent).toContain("Exportera uppdragsbeskrivning");
    await user.click(button);
    const pdf = screen.getByTestId("export-mandate-pdf");
    expect(document.activeElement).toBe(pdf);
    expect(screen.getByTestId("export-mandate-docx").textContent).toContain("Word");
    // A mandate is a text: no spreadsheet formats.
    expect(screen.queryByTestId("export-mandate-xlsx")).toBeNull();
    expect(screen.queryByTestId("export-mandate-csv")).toBeNull();
    await user.click(pdf);
    const group = await coreGroup(core, COMBINED);
    expect(core.callsOf("export_mandate_dialog")).toEqual([{ workingGroupId: group.id, format: "pdf" }]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    expect(readFileSync(target).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(button.disabled).toBe(false);
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("Word writes a .docx; a cancelled dialog writes nothing and says nothing", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Uppdragsbeskrivning.docx");
    await core.answerDialog(target);
    toasts.dismiss();
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-mandate"));
    await user.click(screen.getByTestId("export-mandate-docx"));
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    expect(readFileSync(target).subarray(0, 2).toString("latin1")).toBe("PK"); // a .docx is a zip

    toasts.dismiss();
    await core.answerDialog(null); // Avbryt
    await user.click(screen.getByTestId("export-mandate"));
    await user.click(screen.getByTestId("export-mandate-pdf"));
    await waitFor(() => expect(core.callsOf("export_mandate_dialog")).toHaveLength(2));
    await waitFor(() => expect((screen.getByTestId("export-mandate") as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId("info-toast")).toBeNull();
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });
});
