import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { shownText } from "../../test/core-helpers";
import { CAREER, COMBINED, coreGroups, groupRow, openGroups, planId } from "./test-helpers";

describe("Arbetsgrupper, the list", () => {
  test("lists the plan year's groups with focus area, status, members and representation in words", async () => {
    const core = await realCore();
    await openGroups();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Arbetsgrupper");
    expect(screen.getByTestId("nav-groups").getAttribute("aria-current")).toBe("page");
    const expected = await coreGroups(core);
    expect(screen.getAllByTestId("group-name-cell").map((c) => c.textContent)).toEqual(expected.map((g) => g.name));
    expect(expected.map((g) => g.name)).toEqual(expect.arrayContaining([CAREER, COMBINED]));
    const combined = expected.find((g) => g.name === COMBINED)!;
    const row = shownText(groupRow(COMBINED));
    expect(row).toContain(combined.focusAreaName!);
    expect(row).toContain("Aktiv");
    expect(row).toContain(String(combined.memberCount));
    expect(combined.memberCount).toBe(6);
    // All three parties sit in the example's groups.
    expect(within(groupRow(COMBINED)).getByTestId("group-missing").textContent).toContain("Alla parter finns med");
  });

  test("a group is created in a dialog; it has no members, so every party is missing", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-group"));
    const dialog = await screen.findByTestId("group-dialog");
    expect(document.activeElement).toBe(within(dialog).getByTestId("group-name"));
    await user.type(within(dialog).getByTestId("group-name"), "  Nya vägar till vårdyrken ");
    const focusAreas = await core.invoke<{ id: number; name: string }[]>("list_focus_areas", { planId: await planId(core) });
    await user.selectOptions(within(dialog).getByTestId("group-focus-area"), focusAreas[1]!.name);
    await user.selectOptions(within(dialog).getByTestId("group-status"), "Aktiv");
    await user.click(within(dialog).getByTestId("save-group"));

    expect(core.callsOf("add_working_group")).toEqual([{
      planId: await planId(core),
      input: { name: "Nya vägar till vårdyrken", focusAreaId: focusAreas[1]!.id, status: "active", decidedBy: "", decidedOn: null },
    }]);
    await waitFor(() => expect(screen.queryByTestId("group-dialog")).toBeNull());
    const row = await waitFor(() => groupRow("Nya vägar till vårdyrken"));
    expect(shownText(row)).toContain(focusAreas[1]!.name);
    expect(within(row).getByTestId("group-missing").textContent).toContain("Saknas: Region, Kommun, Lärosäte");
    expect(screen.getByTestId("undo").getAttribute("aria-label")).toBe("Ångra: Lägg till arbetsgrupp ”Nya vägar till vårdyrken”");
  });

  test("an empty name is stopped in the form, next to the field, with no call made", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-group"));
    await user.click(await screen.findByTestId("save-group"));
    expect(screen.getByTestId("group-name-error").textContent).toBe("Skriv vad arbetsgruppen heter.");
    expect(screen.getByTestId("group-name").getAttribute("aria-invalid")).toBe("true");
    expect(core.callsOf("add_working_group")).toHaveLength(0);
  });

  test("delete asks first, takes the group away in one step, and Ctrl+Z brings it back whole", async () => {
    const core = await realCore();
    await openGroups();
    const before = await coreGroups(core);
    const user = userEvent.setup();
    await user.click(within(groupRow(CAREER)).getByTestId("delete-group"));
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(shownText(confirm)).toContain(`”${CAREER}” tas bort med sin uppdragsbeskrivning`);
    // Avbryt first: nothing happens.
    await user.click(within(confirm).getByText("Avbryt"));
    expect(core.callsOf("delete_working_group")).toHaveLength(0);
    await user.click(within(groupRow(CAREER)).getByTestId("delete-group"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-delete"));
    await waitFor(() => expect(screen.getAllByTestId("group-name-cell").map((c) => c.textContent)).toEqual([COMBINED]));

    // Focus on the page (not in a text field), Ctrl+Z: the group returns with all its members.
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    await waitFor(() => expect(screen.getAllByTestId("group-name-cell").map((c) => c.textContent))
      .toEqual(before.map((g) => g.name)));
    expect(await coreGroups(core)).toEqual(before);
  });

  test("a row opens with Enter, and the arrows move between rows", async () => {
    await realCore();
    await openGroups();
    const rows = screen.getAllByTestId("group-row");
    rows[0]!.focus();
    await fireEvent.keyDown(rows[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(rows[1]);
    const second = within(rows[1]!).getByTestId("group-name-cell").textContent;
    await fireEvent.keyDown(rows[1]!, { key: "Enter" });
    await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(second));
    // Back to the list puts the keyboard on the row it came from.
    await fireEvent.click(screen.getByTestId("groups-back"));
    await waitFor(() => expect(document.activeElement?.getAttribute("data-group-id")).toBe(rows[1]!.getAttribute("data-group-id")));
  });
});
