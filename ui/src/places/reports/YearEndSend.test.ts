import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";
import { COMBINED, coreGroups } from "../groups/test-helpers";

type Record = { kind: string; format: string; sent: boolean; workingGroupId: number | null };
type YearEnd = { reportDeliveredOn: string | null };

describe("Rapporter: a group's återrapport sent", () => {
  test("is saved as PDF, on record as sent, and the group's återrapport is marked delivered; Ctrl+Z takes the mark back", async () => {
    const core = await realCore();
    const group = (await coreGroups(core)).find((g) => g.name === COMBINED)!;
    const target = path.join(tempFolder(), "Återrapport skickad.pdf");
    await core.answerDialog(target);
    toasts.dismiss();
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await fireEvent.click(await screen.findByTestId(`report-year-end-${group.id}`));
    await waitFor(() => expect(screen.getByTestId("year-end-delivered").textContent).toBe("Inte lämnad ännu."), { timeout: 15_000 });

    const user = userEvent.setup();
    const send = screen.getByTestId("year-end-send") as HTMLButtonElement;
    await waitFor(() => expect(send.disabled).toBe(false));
    await user.click(send);
    expect(core.callsOf("send_year_end_dialog")).toEqual([{ year: 2022, workingGroupId: group.id }]);
    await waitFor(() => expect(screen.getByTestId("year-end-delivered").textContent).toMatch(/^Lämnad \d+ \S+ \d{4}\.$/), { timeout: 15_000 });
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const records = await core.invoke<Record[]>("report_records", {});
    expect(records.filter((r) => r.kind === "yearEnd" && r.sent && r.workingGroupId === group.id)).toHaveLength(1);
    expect((await core.invoke<YearEnd>("year_end_of_group", { workingGroupId: group.id })).reportDeliveredOn).not.toBeNull();

    // The mark is an ordinary step; the record of what was sent is not undone.
    await core.invoke("undo", {});
    expect((await core.invoke<YearEnd>("year_end_of_group", { workingGroupId: group.id })).reportDeliveredOn).toBeNull();
    expect((await core.invoke<Record[]>("report_records", {})).some((r) => r.kind === "yearEnd" && r.sent)).toBe(true);
  });
});
