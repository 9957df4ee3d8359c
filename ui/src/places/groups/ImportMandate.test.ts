import path from "node:path";
import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { shownText } from "../../test/core-helpers";
import { COMBINED, coreGroups, openGroups, planId } from "./test-helpers";

const FIXTURES = path.resolve(__dirname, "../../../../src-tauri/core/tests/fixtures");
/** A mandate laid out like seed 004, written by LibreOffice (README beside it). */
const MANDATE = path.join(FIXTURES, "mandate/mandate_004.docx");
/** A plan in Word: a .docx, but not a mandate. */
const WORD_PLAN = path.join(FIXTURES, "import/word_plan_2022.docx");

describe("importing a mandate on Arbetsgrupper", () => {
  test("the chosen mandate is previewed, then imported as a new group that opens", async () => {
    const core = await realCore();
    await core.answerDialog(MANDATE);
    await openGroups();
    const before = (await coreGroups(core)).length;
    const user = userEvent.setup();
    await user.click(screen.getByTestId("import-mandate"));
    const dialog = await screen.findByTestId("mandate-import-dialog");
    await waitFor(() => expect(within(dialog).getAllByTestId("mandate-task")).toHaveLength(4));
    expect(core.callsOf("preview_mandate_import")).toEqual([{ planId: await planId(core), path: MANDATE }]);
    expect(within(dialog).getByTestId("mandate-name").textContent).toBe(COMBINED);
    expect(shownText(within(dialog).getByTestId("mandate-facts"))).toContain("Regionala vårdkompetensrådets arbetsutskott 23 sep 2022");
    expect(within(dialog).getAllByTestId("mandate-task-due")[0]!.textContent).toBe("25 aug 2022 (vid mötet)");
    const members = within(dialog).getAllByTestId("mandate-member").map(shownText);
    expect(members).toHaveLength(5);
    expect(members[2]).toContain("Pia Lundmark");
    expect(members[2]).toContain("Sammankallande");
    expect(within(dialog).getAllByTestId("mandate-member-register").map((c) => c.textContent?.trim()))
      .toEqual(Array(5).fill("Finns i Register"));
    expect(within(dialog).getAllByTestId("mandate-meeting")).toHaveLength(5);
    expect(within(dialog).getByTestId("mandate-problems").textContent).toContain("Maj – augusti, insamling av underlag");
    expect(core.callsOf("import_mandate")).toHaveLength(0);

    await user.click(within(dialog).getByTestId("mandate-import-confirm"));
    await waitFor(() => expect(screen.queryByTestId("mandate-import-dialog")).toBeNull());
    expect(core.callsOf("import_mandate")).toEqual([{
      planId: await planId(core), path: MANDATE, fingerprint: expect.any(String), choices: { addNewPeople: false },
    }]);
    expect((await coreGroups(core)).length).toBe(before + 1);
    await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(COMBINED));
    expect(screen.getByTestId("info-toast").textContent).toContain("importerades");
  });

  test("a Word document that is not a mandate says so and cannot be imported", async () => {
    const core = await realCore();
    await core.answerDialog(WORD_PLAN);
    await openGroups();
    await userEvent.setup().click(screen.getByTestId("import-mandate"));
    const dialog = await screen.findByTestId("mandate-import-dialog");
    await waitFor(() => expect(within(dialog).getByTestId("mandate-problems").textContent)
      .toContain("Filen ser inte ut som en uppdragsbeskrivning"));
    expect(within(dialog).getByTestId("mandate-import-blocked")).toBeTruthy();
    expect((within(dialog).getByTestId("mandate-import-confirm") as HTMLButtonElement).disabled).toBe(true);
  });

  test("cancelling the file dialog closes without a preview", async () => {
    const core = await realCore();
    await core.answerDialog(null);
    await openGroups();
    await userEvent.setup().click(screen.getByTestId("import-mandate"));
    await waitFor(() => expect(core.callsOf("choose_mandate_file")).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId("mandate-import-dialog")).toBeNull());
    expect(core.callsOf("preview_mandate_import")).toHaveLength(0);
  });
});
