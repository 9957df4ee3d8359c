import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { toasts } from "../../lib/errors.svelte";
import { realCore, renderPlan } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

describe("Exportera", () => {
  test("Exportera → PDF says what it is making until core is done, then where it saved", async () => {
    let finish: (value: unknown) => void = () => {};
    const core = await realCore({
      override: (cmd) => cmd === "export_plan_dialog"
        ? new Promise((resolve) => (finish = resolve))
        : undefined,
    });
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-plan"));
    const pdf = screen.getByTestId("export-pdf");
    expect(document.activeElement).toBe(pdf);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(screen.getByTestId("export-docx"));
    await user.click(pdf);
    const shown = Number((screen.getByTestId("plan-year-select") as HTMLSelectElement).value);
    expect(core.callsOf("export_plan_dialog")).toEqual([{ planId: shown, format: "pdf" }]);
    const button = screen.getByTestId("export-plan") as HTMLButtonElement;
    await waitFor(() => expect(button.textContent).toContain("Skapar PDF"));
    expect(button.disabled).toBe(true);
    // The rest of the place stays usable while the document is made.
    await user.type(screen.getByTestId("plan-search"), "VFU");
    finish({ path: "/tmp/Aktivitetsplan 2022 – Mellansverige.pdf", bytes: 54000 });
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent)
      .toContain("Sparad: /tmp/Aktivitetsplan 2022 – Mellansverige.pdf"));
    expect(button.disabled).toBe(false);
  });

  test("Exportera → PDF has core write a real PDF of the plan where she chose", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Aktivitetsplan 2022.pdf");
    await core.answerDialog(target);
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-plan"));
    await user.click(screen.getByTestId("export-pdf"));
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    expect(readFileSync(target).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("Exportera → Word has core write the plan as .docx where she chose, and says where it saved", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Aktivitetsplan 2022.docx");
    await core.answerDialog(target);
    toasts.dismiss();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-plan"));
    const word = screen.getByTestId("export-docx");
    expect(word.textContent).toContain("Word");
    expect(word.textContent).toContain("Dokument att redigera vidare i Word");
    await user.click(word);
    const shown = Number((screen.getByTestId("plan-year-select") as HTMLSelectElement).value);
    expect(core.callsOf("export_plan_dialog")).toEqual([{ planId: shown, format: "docx" }]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`));
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 2).toString("latin1")).toBe("PK"); // a .docx is a zip
  });

  test("cancelling the save dialog exports nothing and says nothing", async () => {
    const core = await realCore();
    await core.answerDialog(null); // Avbryt
    toasts.dismiss();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-plan"));
    await user.click(screen.getByTestId("export-csv"));
    await waitFor(() => expect((screen.getByTestId("export-plan") as HTMLButtonElement).disabled).toBe(false));
    expect(core.callsOf("export_plan_dialog")).toHaveLength(1);
    expect(screen.queryByTestId("info-toast")).toBeNull();
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });
});
