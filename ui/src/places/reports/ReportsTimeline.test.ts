import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";

describe("Rapporter: the timeline", () => {
  test("is listed, previewed as its drawing with the week numbers and every item as text, and exported as PDF", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Tidslinje 2022.pdf");
    await core.answerDialog(target);
    toasts.dismiss();
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await fireEvent.click(await screen.findByTestId("report-timeline"));
    await waitFor(() => expect(screen.getByTestId("preview-drawing")).toBeTruthy(), { timeout: 15_000 });
    const request = core.callsOf("preview_document").at(-1)?.request as { kind: string; byWorkingGroup: boolean };
    expect(request.kind).toBe("timeline");
    expect(request.byWorkingGroup).toBe(false);

    const drawing = screen.getByTestId("preview-drawing");
    const texts = Array.from(drawing.querySelectorAll("text")).map((t) => t.textContent);
    // The week header of 2022: 1 … 52, drawn as the PDF draws it.
    expect(texts).toContain("41");
    expect(texts).toContain("52");
    // Every item is also in the text after the drawing, as a screen reader reads it.
    expect(screen.getByTestId("document-preview").textContent).toContain("Kunskapssammanställning, 12 okt 2022, v. 41");

    const user = userEvent.setup();
    await user.click(screen.getByTestId("report-export"));
    // A drawing: PDF only.
    expect(screen.queryByTestId("report-export-docx")).toBeNull();
    await user.click(screen.getByTestId("report-export-pdf"));
    await waitFor(() => expect(existsSync(target)).toBe(true), { timeout: 15_000 });
    expect(readFileSync(target).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const records = await core.invoke<{ kind: string }[]>("report_records", {});
    expect(records.some((r) => r.kind === "timeline")).toBe(true);
  });
});
