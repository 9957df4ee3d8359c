// The workshop's documents from the Workshops place, written by the real core where the
// secretary chose (the save and folder dialogs answered through the bridge).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

async function openWorkshops() {
  render(App);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId("nav-workshops"));
  await screen.findByTestId("workshop-current");
  return user;
}

describe("Workshop documents", () => {
  test("Sammanfattning → PDF and → Word have core write the summary where she chose", async () => {
    const core = await realCore();
    toasts.dismiss();
    const user = await openWorkshops();
    const workshopId = Number((screen.getByTestId("workshop-select") as HTMLSelectElement).value);
    for (const [format, magic] of [["pdf", "%PDF-"], ["docx", "PK"]] as const) {
      const target = path.join(tempFolder(), `Sammanfattning.${format}`);
      await core.answerDialog(target);
      await user.click(screen.getByTestId("workshop-summary"));
      const item = screen.getByTestId(`workshop-summary-${format}`);
      expect(item.textContent).toContain(format === "pdf" ? "PDF" : "Word");
      await user.click(item);
      await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`),
        { timeout: 15_000 });
      expect(readFileSync(target).subarray(0, magic.length).toString("latin1")).toBe(magic);
      toasts.dismiss();
    }
    expect(core.callsOf("export_workshop_summary_dialog")).toEqual([
      { workshopId, format: "pdf" },
      { workshopId, format: "docx" },
    ]);
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("Skriv ut gruppblad writes one PDF per group into the folder she chose, and says so", async () => {
    const core = await realCore();
    const folder = path.join(tempFolder(), "Gruppblad");
    await core.answerDialog(folder);
    toasts.dismiss();
    const user = await openWorkshops();
    const button = screen.getByTestId("group-sheets");
    expect(button.textContent).toContain("Skriv ut gruppblad");
    await user.click(button);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent)
      .toContain(`3 gruppblad sparade i ${folder}`), { timeout: 20_000 });
    expect(readdirSync(folder).sort()).toEqual([
      "Gruppblad 1 – Grupp Hans.pdf",
      "Gruppblad 2 – Grupp Maria.pdf",
      "Gruppblad 3 – Grupp Lena.pdf",
    ]);
    expect(readFileSync(path.join(folder, "Gruppblad 1 – Grupp Hans.pdf")).subarray(0, 5).toString("latin1"))
      .toBe("%PDF-");
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  test("cancelling the folder dialog writes nothing and says nothing", async () => {
    const core = await realCore();
    await core.answerDialog(null);
    toasts.dismiss();
    const user = await openWorkshops();
    await user.click(screen.getByTestId("group-sheets"));
    await waitFor(() => expect(core.callsOf("export_group_sheets_dialog")).toHaveLength(1));
    await waitFor(() => expect((screen.getByTestId("group-sheets") as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId("info-toast")).toBeNull();
    expect(screen.queryByTestId("error-toast")).toBeNull();
    expect(existsSync(path.join(tempFolder(), "Gruppblad 1 – Grupp Hans.pdf"))).toBe(false);
  });
});
