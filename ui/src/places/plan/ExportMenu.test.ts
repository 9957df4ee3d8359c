import { screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { toasts } from "../../lib/errors.svelte";
import { realCore, renderPlan } from "../../test/harness";

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

  test("Exportera → Word asks core for the plan as .docx and says where it saved", async () => {
    const core = await realCore();
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
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain("Sparad: /home/sekreterare/Dokument/Aktivitetsplan 2022.docx"));
  });

  test("cancelling the save dialog exports nothing and says nothing", async () => {
    const core = await realCore({ override: (cmd) => (cmd === "export_plan_dialog" ? null : undefined) });
    toasts.dismiss();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-plan"));
    await user.click(screen.getByTestId("export-csv"));
    await waitFor(() => expect((screen.getByTestId("export-plan") as HTMLButtonElement).disabled).toBe(false));
    expect(core.callsOf("export_plan_dialog")).toHaveLength(1);
    expect(screen.queryByTestId("info-toast")).toBeNull();
  });
});
