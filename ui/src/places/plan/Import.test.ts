import { writeFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { withoutSoftHyphens } from "../../lib/hyphenate";
import { realCore, renderPlan } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

/** A plan kept in Word and coloured by hand (make_word_plan.py beside it says what is in it). */
const WORD_PLAN = path.resolve(__dirname, "../../../../src-tauri/core/tests/fixtures/import/word_plan_2022.docx");

/** A file written for the test (semicolons, as Swedish Excel saves CSV); its path. */
function fileWith(name: string, lines: string[]): string {
  const file = path.join(tempFolder(), name);
  writeFileSync(file, lines.join("\r\n") + "\r\n");
  return file;
}

const sectionNames = () =>
  screen.getAllByTestId("focus-area-section").map((s) => s.querySelector("h2")!.textContent!.replace(/^\d+\.\s*/, ""));

describe("importing a plan", () => {
  test("a chosen file is previewed row by row, with its new focus area, before anything is written", async () => {
    const core = await realCore();
    const file = fileWith("Aktivitetsplan 2023.csv", [
      "Fokusområde;Aktivitet;Tidplan;Prioritet",
      "Fortbildning;Nätverk för kliniska adjunkter;16 maj;grön",
      "Digitalisering;Gemensam digital introduktion;HT 2023;gul",
    ]);
    await core.answerDialog(file);
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("import-plan"));
    const dialog = await screen.findByTestId("import-dialog");
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(2));
    const planId = Number((screen.getByTestId("plan-year-select") as HTMLSelectElement).value);
    expect(core.callsOf("preview_plan_import_file")).toEqual([{ planId, path: file }]);
    expect(within(dialog).getByTestId("import-path").textContent).toBe(file);
    expect(within(dialog).getByTestId("import-summary").textContent).toBe("2 aktiviteter från Aktivitetsplan 2023.csv");
    expect(within(dialog).getByTestId("import-new-focus-areas").textContent).toContain("Digitalisering");
    const priorities = within(dialog).getAllByTestId("import-priority") as HTMLSelectElement[];
    expect(priorities.map((p) => p.value)).toEqual(["green", "yellow"]);
    expect(within(dialog).queryByTestId("import-unused-columns")).toBeNull();
    expect(core.callsOf("import_plan_file")).toHaveLength(0);

    await user.click(within(dialog).getByTestId("import-confirm"));
    await waitFor(() => expect(screen.queryByTestId("import-dialog")).toBeNull());
    expect(core.callsOf("import_plan_file")).toEqual([{
      planId, path: file, fingerprint: expect.any(String), choices: { skipBadRows: false, priorities: [] },
    }]);
    await waitFor(() => expect(sectionNames()).toContain("Digitalisering"));
    expect(screen.getByTestId("info-toast").textContent).toContain("2 aktiviteter importerades");
    const digital = screen.getAllByTestId("focus-area-section").find((s) => s.querySelector("h2")!.textContent!.endsWith("Digitalisering"))!;
    expect(withoutSoftHyphens(within(digital).getByTestId("activity-row").textContent ?? "")).toContain("Gemensam digital introduktion");
  });

  test("cancelling the file dialog closes without a preview or a write", async () => {
    const core = await realCore();
    await core.answerDialog(null); // Avbryt
    await renderPlan();
    await userEvent.setup().click(screen.getByTestId("import-plan"));
    await waitFor(() => expect(core.callsOf("choose_import_file")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId("import-dialog")).toBeNull());
    expect(core.callsOf("preview_plan_import_file")).toHaveLength(0);
  });

  test("a file core cannot read shows core's message in the dialog and writes nothing", async () => {
    const core = await realCore();
    const broken = path.join(tempFolder(), "Aktivitetsplan 2023.docx");
    writeFileSync(broken, "PK\u0003\u0004 inte ett Word-dokument");
    await core.answerDialog(broken);
    await renderPlan();
    await userEvent.setup().click(screen.getByTestId("import-plan"));
    const dialog = await screen.findByTestId("import-dialog");
    await waitFor(() => expect(within(dialog).getByTestId("import-error").textContent).toBe(
      "Filen kunde inte läsas som ett Word-dokument (.docx). Den kan vara skadad eller i ett annat format. "
        + "Öppna den i Word, spara den som Word-dokument (.docx) och försök igen.",
    ));
    expect((within(dialog).getByTestId("import-confirm") as HTMLButtonElement).disabled).toBe(true);
    expect(core.callsOf("import_plan_file")).toHaveLength(0);
  });

  test("a table pasted into a focus area is previewed there; without the Aktivitet header it is refused", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const fortbildning = screen.getAllByTestId("focus-area-section")[1]!;
    const before = within(fortbildning).getAllByTestId("activity-row").length;
    await user.click(within(fortbildning).getByTestId("paste-activities"));
    const dialog = await screen.findByTestId("import-dialog");
    const area = within(dialog).getByTestId("import-paste");
    expect(document.activeElement).toBe(area);

    await user.click(area);
    await user.paste("Titel\tTidplan\nNågot\t12/10");
    await waitFor(() => expect(within(dialog).getByTestId("import-blocked")).toBeTruthy());
    expect((within(dialog).getByTestId("import-confirm") as HTMLButtonElement).disabled).toBe(true);

    await user.clear(area);
    await user.paste("Aktivitet\tTidplan\nHandledarträffar för <script>alert(1)</script>\t12/10 och 30/11");
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(1));
    const row = within(dialog).getAllByTestId("import-row")[0]!;
    expect(row.textContent).toContain("Fortbildning");
    expect(row.textContent).toContain("<script>alert(1)</script>");
    expect(row.querySelector("script")).toBeNull();
    await user.click(within(dialog).getByTestId("import-confirm"));
    await waitFor(() => expect(within(fortbildning).getAllByTestId("activity-row")).toHaveLength(before + 1));
    const focusAreaId = Number(fortbildning.dataset.focusAreaId);
    expect(core.callsOf("import_plan_paste").at(-1)).toMatchObject({ focusAreaId });
  });

  test("a Word table pasted as HTML keeps a two-paragraph cell as one row", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(within(screen.getAllByTestId("focus-area-section")[1]!).getByTestId("paste-activities"));
    const dialog = await screen.findByTestId("import-dialog");
    const area = within(dialog).getByTestId("import-paste");
    const clipboardData = {
      getData: (type: string) => type === "text/html"
        ? "<table><tr><td><p>Aktivitet</p></td><td><p>Tidplan</p></td></tr>"
          + "<tr><td><p>Handledarträffar</p><p>för kommunerna</p></td><td><p>16 maj</p></td></tr></table>"
        : "Aktivitet\tTidplan\nHandledarträffar\nför kommunerna\t16 maj",
    };
    await fireEvent.paste(area, { clipboardData });
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(1));
    expect(core.callsOf("preview_plan_paste").at(-1)!.text)
      .toBe("Aktivitet\tTidplan\n\"Handledarträffar\nför kommunerna\"\t16 maj");
  });

  test("a hand-coloured Word plan shows each row's colour beside the priority it became, and imports with a corrected one", async () => {
    const core = await realCore();
    await core.answerDialog(WORD_PLAN);
    await renderPlan();
    const user = userEvent.setup();
    const fortbildning = screen.getAllByTestId("focus-area-section")[1]!;
    const before = within(fortbildning).getAllByTestId("activity-row").length;
    await user.click(screen.getByTestId("import-plan"));
    const dialog = await screen.findByTestId("import-dialog");
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(8));

    // The colour seen, as a swatch and its word (cell shading or highlighted text alike), beside
    // the priority it became.
    const colours = within(dialog).getAllByTestId("import-colour");
    expect(colours.map((c) => c.textContent!.trim())).toEqual(["grön", "gul", "röd", "ingen", "grön", "gul", "röd", "blå"]);
    expect((colours[0]!.querySelector(".swatch") as HTMLElement).style.backgroundColor).toBe("rgb(0, 176, 80)");
    const priorities = () => within(dialog).getAllByTestId("import-priority") as HTMLSelectElement[];
    expect(priorities().map((p) => p.value)).toEqual(["green", "yellow", "red", "", "green", "yellow", "red", ""]);
    expect(within(dialog).queryByTestId("import-unused-columns")).toBeNull();

    // Blue means nothing to core; she decides it is yellow.
    await user.selectOptions(priorities()[7]!, "yellow");
    await user.click(within(dialog).getByTestId("import-confirm"));
    await waitFor(() => expect(screen.queryByTestId("import-dialog")).toBeNull());
    expect(core.callsOf("import_plan_file").at(-1)).toMatchObject({
      path: WORD_PLAN, choices: { skipBadRows: false, priorities: [{ line: 11, priority: "yellow" }] },
    });
    await waitFor(() => expect(within(fortbildning).getAllByTestId("activity-row")).toHaveLength(before + 4));
    const last = within(fortbildning).getAllByTestId("activity-row").at(-1)!;
    // Shown with soft hyphens where a long word may break; the text itself is unchanged.
    expect(withoutSoftHyphens(last.textContent ?? "")).toContain("Introduktionsår/etableringsår");
    expect(last.textContent).toContain("gul");
  });

  test("a column that is not imported is said before anything is written; the good rows can be imported without a bad one", async () => {
    const core = await realCore();
    const file = fileWith("Aktivitetsplan med kommentarer.csv", [
      "Fokusområde;Aktivitet;Tidplan;Kommentar",
      "Handledning;Samordna VFU;v. 10-12;viktig",
      "Handledning;Inventera handledarutbildning;HT;",
      "Handledning;;Q3;utan titel",
      "Handledning;Introduktionsår;;",
    ]);
    await core.answerDialog(file);
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("import-plan"));
    const dialog = await screen.findByTestId("import-dialog");
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(4));
    expect(within(dialog).getByTestId("import-unused-columns").textContent).toContain("Dessa kolumner importeras inte: ”Kommentar”");

    // One row has no title: the good rows can be imported without it, or she cancels.
    expect(within(dialog).queryByTestId("import-confirm")).toBeNull();
    expect(within(dialog).getByTestId("import-bad-rows").textContent).toContain("4");
    const skip = within(dialog).getByTestId("import-skip-bad");
    expect(skip.textContent!.trim()).toBe("Importera 3 bra rader och hoppa över 1");
    await user.click(skip);
    await waitFor(() => expect(screen.queryByTestId("import-dialog")).toBeNull());
    expect(core.callsOf("import_plan_file").at(-1)).toMatchObject({
      path: file, choices: { skipBadRows: true, priorities: [] },
    });
    await waitFor(() => expect(sectionNames()).toContain("Handledning"));
    const area = screen.getAllByTestId("focus-area-section").find((s) => s.querySelector("h2")!.textContent!.endsWith("Handledning"))!;
    expect(within(area).getAllByTestId("activity-title-cell").map((c) => withoutSoftHyphens(c.textContent ?? "").trim()))
      .toEqual(["Samordna VFU", "Inventera handledarutbildning", "Introduktionsår"]);
  });

  test("a pasted table's cell colours go to core with the text", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(within(screen.getAllByTestId("focus-area-section")[1]!).getByTestId("paste-activities"));
    const dialog = await screen.findByTestId("import-dialog");
    const clipboardData = {
      getData: (type: string) => type === "text/html"
        ? "<table><tr><td>Aktivitet</td></tr><tr><td style=\"background:#00B050\">Grön rad</td></tr>"
          + "<tr><td><span style=\"mso-highlight:yellow\">Gul rad</span></td></tr></table>"
        : "Aktivitet\nGrön rad\nGul rad",
    };
    await fireEvent.paste(within(dialog).getByTestId("import-paste"), { clipboardData });
    await waitFor(() => expect(within(dialog).getAllByTestId("import-row")).toHaveLength(2));
    expect(core.callsOf("preview_plan_paste").at(-1)!.colours).toEqual([[""], ["#00B050"], ["yellow"]]);
    expect(within(dialog).getAllByTestId("import-colour").map((c) => c.textContent!.trim())).toEqual(["grön", "gul"]);
    await user.click(within(dialog).getByTestId("import-confirm"));
    await waitFor(() => expect(screen.queryByTestId("import-dialog")).toBeNull());
    expect(core.callsOf("import_plan_paste").at(-1)).toMatchObject({ colours: [[""], ["#00B050"], ["yellow"]] });
  });
});
