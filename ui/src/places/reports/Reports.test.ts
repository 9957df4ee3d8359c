import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";
import { COMBINED, coreGroups } from "../groups/test-helpers";

async function openReports() {
  render(App);
  await fireEvent.click(await screen.findByTestId("nav-reports"));
  await screen.findByTestId("report-year-end");
}

function headings(): string[] {
  const preview = screen.getByTestId("document-preview");
  return within(preview).getAllByRole("heading").map((h) => h.textContent?.trim() ?? "");
}

describe("Rapporter", () => {
  test("lists every document that works, and previews the council's återrapport with its parts in order", async () => {
    const core = await realCore();
    await openReports();
    const groups = await coreGroups(core);
    // The plan, the council's återrapport, each group's återrapport and mandate, the workshop.
    expect(screen.getByTestId("report-plan").textContent).toContain("Aktivitetsplan 2022");
    for (const group of groups) {
      expect(screen.getByTestId(`report-year-end-${group.id}`).textContent).toContain(group.name);
      expect(screen.getByTestId(`report-mandate-${group.id}`).textContent).toContain(group.name);
    }
    expect(screen.getAllByRole("button").some((b) => b.dataset.testid?.startsWith("report-workshop-"))).toBe(true);

    await fireEvent.click(screen.getByTestId("report-year-end"));
    await waitFor(() => expect(screen.getByTestId("document-preview")).toBeTruthy(), { timeout: 15_000 });
    expect(core.callsOf("preview_document")).toEqual([{ request: { kind: "yearEnd", year: 2022, group: null }, lines: 100 }]);
    const shown = headings();
    const parts = [
      "Återrapport 2022", "Översikt i siffror", "Diagram", "Aktiviteter per fokusområde", "Lyfts till nationell nivå",
      "Förs över till 2023", "Arbetsgruppernas återrapporter", COMBINED, "Workshops",
    ];
    let from = 0;
    for (const part of parts) {
      const at = shown.indexOf(part, from);
      expect(at, `${part} after ${shown[from - 1] ?? "the start"} in ${JSON.stringify(shown)}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    // The overview table and the page header, drawn from the same model as the PDF.
    const preview = screen.getByTestId("document-preview");
    expect(preview.textContent).toContain("Regionalt vårdkompetensråd Mellansverige · Återrapport 2022 ·");
    expect(within(preview).getAllByRole("columnheader").map((c) => c.textContent)).toContain("Ej påbörjad");
  });

  test("the plan, a mandate and the workshop summary are previewed from their own documents", async () => {
    const core = await realCore();
    await openReports();
    const group = (await coreGroups(core)).find((g) => g.name === COMBINED)!;
    const shows = async (testid: string, text: string) => {
      await fireEvent.click(screen.getByTestId(testid));
      await waitFor(() => expect(screen.getByTestId("document-preview").textContent).toContain(text), { timeout: 15_000 });
      expect(screen.getByTestId("report-chosen").textContent).toBe(screen.getByTestId(testid).textContent?.trim());
    };
    await shows("report-plan", "Verksamhetsförlagd utbildning, VFU");
    await shows(`report-mandate-${group.id}`, "1. Bakgrund");
    const workshop = screen.getAllByRole("button").find((b) => b.dataset.testid?.startsWith("report-workshop-"))!;
    await shows(workshop.dataset.testid!, "Workshop aktivitetsplan 2022");
    expect(core.callsOf("preview_document").map((c) => (c.request as { kind: string }).kind))
      .toEqual(["plan", "mandate", "workshopSummary"]);
  });

  test("her words for a group are saved and the preview shows them", async () => {
    const core = await realCore();
    await openReports();
    const group = (await coreGroups(core)).find((g) => g.name === COMBINED)!;
    await fireEvent.click(screen.getByTestId(`report-year-end-${group.id}`));
    await waitFor(() => expect(screen.getByTestId("document-preview").textContent).toContain("Ej ifyllt."), { timeout: 15_000 });
    const user = userEvent.setup();
    const text = screen.getByTestId("year-end-results") as HTMLTextAreaElement;
    await waitFor(() => expect(text.disabled).toBe(false));
    await user.type(text, "Tolv modeller kartlagda.{enter}- Inför en gemensam avtalsmall");
    await user.click(screen.getByTestId("year-end-continues-yes"));
    await user.click(screen.getByTestId("year-end-save"));
    await waitFor(() => expect(screen.getByTestId("document-preview").textContent).toContain("Tolv modeller kartlagda."), { timeout: 15_000 });
    const preview = screen.getByTestId("document-preview");
    // Her "- " line is a bullet of its own.
    expect(within(preview).getAllByRole("listitem").map((li) => li.textContent)).toContain("Inför en gemensam avtalsmall");
    expect(preview.textContent).toContain("Ja, gruppen fortsätter nästa år");
    expect(core.callsOf("set_year_end")).toEqual([{
      workingGroupId: group.id,
      input: { results: "Tolv modeller kartlagda.\n- Inför en gemensam avtalsmall", continues: "yes" },
    }]);
    const stored = await core.invoke<{ results: string; continues: string }>("year_end_of_group", { workingGroupId: group.id });
    expect(stored.continues).toBe("yes");
  });

  test("Exportera writes the council's återrapport as Word where she chose", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Återrapport 2022.docx");
    await core.answerDialog(target);
    toasts.dismiss();
    await openReports();
    await fireEvent.click(screen.getByTestId("report-year-end"));
    await screen.findByTestId("document-preview", {}, { timeout: 15_000 });
    const user = userEvent.setup();
    await user.click(screen.getByTestId("report-export"));
    // An återrapport is a text: PDF and Word only.
    expect(screen.queryByTestId("report-export-xlsx")).toBeNull();
    await user.click(screen.getByTestId("report-export-docx"));
    expect(core.callsOf("export_year_end_dialog")).toEqual([{ year: 2022, workingGroupId: null, format: "docx" }]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });
});
