import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { listPeople, shownText } from "../../test/core-helpers";
import { CAREER, coreGroup, openGroup, openGroups } from "./test-helpers";

const memberRow = (name: string) => {
  const row = screen.getAllByTestId("member-row").find((r) => shownText(r).includes(name));
  if (!row) throw new Error(`no member ${name}`);
  return row;
};
const memberNames = () => screen.queryAllByTestId("member-name").map((n) => n.textContent);

describe("Arbetsgrupper, a group's members", () => {
  test("the page shows the members in order with role and party, and the representation line", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(CAREER);
    const group = await coreGroup(core, CAREER);
    expect(memberNames()).toEqual(group.members.map((m) => m.personName));
    const convener = group.members.find((m) => m.role === "convener")!;
    expect((within(memberRow(convener.personName)).getByTestId("member-role") as HTMLSelectElement).value).toBe("convener");
    expect(shownText(memberRow(convener.personName))).toContain("Region");
    expect(screen.getByTestId("group-representation").textContent).toContain("Alla parter finns med");
  });

  test("removing the only Lärosäte member says Lärosäte is missing; adding one from Register mends it", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(CAREER);
    const group = await coreGroup(core, CAREER);
    const academic = group.members.find((m) => m.partyKind === "larosate")!;
    const user = userEvent.setup();
    await user.click(within(memberRow(academic.personName)).getByTestId("remove-member"));
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(shownText(confirm)).toContain(`${academic.personName} tas bort ur ”${CAREER}”`);
    await user.click(within(confirm).getByTestId("confirm-delete"));
    await waitFor(() => expect(memberNames()).not.toContain(academic.personName));
    expect(core.callsOf("remove_group_member")).toEqual([{ membershipId: academic.id }]);
    await waitFor(() => expect(screen.getByTestId("group-representation").textContent).toContain("Saknas: Lärosäte"));

    // Someone of a university who is not in the group, found by searching Register.
    const inGroup = new Set(group.members.map((m) => m.personId));
    const candidate = (await listPeople(core)).find((p) => p.partyKind === "larosate" && !inGroup.has(p.id))!;
    await user.click(screen.getByTestId("add-member"));
    const dialog = await screen.findByTestId("member-dialog");
    expect(document.activeElement).toBe(within(dialog).getByTestId("member-search"));
    const surname = candidate.name.split(" ").at(-1)!;
    await user.type(within(dialog).getByTestId("member-search"), surname);
    await waitFor(() => expect(core.callsOf("list_people").at(-1)).toEqual({ query: surname }));
    const list = within(dialog).getByTestId("member-person") as HTMLSelectElement;
    await waitFor(() => expect(Array.from(list.options).some((o) => o.textContent!.startsWith(candidate.name))).toBe(true));
    // Down arrow from the search goes into the list, on the first person found.
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(list);
    await user.selectOptions(list, String(candidate.id));
    await user.selectOptions(within(dialog).getByTestId("member-new-role"), "Ledamot");
    await user.type(within(dialog).getByTestId("member-representing"), "Lärosätesrepresentant");
    await user.click(within(dialog).getByTestId("save-member"));

    expect(core.callsOf("add_group_member")).toEqual([{
      workingGroupId: group.id, input: { personId: candidate.id, role: "member", representing: "Lärosätesrepresentant" },
    }]);
    await waitFor(() => expect(screen.queryByTestId("member-dialog")).toBeNull());
    await waitFor(() => expect(memberNames().at(-1)).toBe(candidate.name));
    expect(screen.getByTestId("group-representation").textContent).toContain("Alla parter finns med");
    // The list of all groups says the same.
    await user.click(screen.getByTestId("groups-back"));
    expect(shownText(await screen.findByText(CAREER).then((c) => c.closest("tr")!))).toContain("Alla parter finns med");
  });

  test("an adjunct does not count: making the only Kommun member adjungerad leaves Kommun missing", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(CAREER);
    const group = await coreGroup(core, CAREER);
    const municipal = group.members.find((m) => m.partyKind === "kommun")!;
    const user = userEvent.setup();
    await user.selectOptions(within(memberRow(municipal.personName)).getByTestId("member-role"), "Adjungerad");
    expect(core.callsOf("update_group_member")).toEqual([
      { membershipId: municipal.id, role: "adjunct", representing: municipal.representing },
    ]);
    await waitFor(() => expect(screen.getByTestId("group-representation").textContent).toContain("Saknas: Kommun"));
    expect(screen.getByText("Adjungerade räknas inte när representationen kontrolleras.")).toBeTruthy();
    expect(screen.getByTestId("undo").getAttribute("aria-label")).toContain("adjungerad");
  });

  test("someone already in the group cannot be picked again", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(CAREER);
    const group = await coreGroup(core, CAREER);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-member"));
    const list = within(await screen.findByTestId("member-dialog")).getByTestId("member-person") as HTMLSelectElement;
    await waitFor(() => expect(list.options.length).toBeGreaterThan(group.members.length));
    const option = Array.from(list.options).find((o) => o.value === String(group.members[0]!.personId))!;
    expect(option.disabled).toBe(true);
    expect(option.textContent).toContain("(redan med)");
    // Saving with nobody chosen is stopped in the form.
    await user.click(screen.getByTestId("save-member"));
    expect(screen.getByTestId("member-error").textContent).toBe("Välj en person i listan.");
    expect(core.callsOf("add_group_member")).toHaveLength(0);
  });
});
