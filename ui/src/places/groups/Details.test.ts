// A task with several responsible people, a meeting's notes, and the AU meetings a group's
// continuous reporting goes to: each made in the window and checked in the real core.
import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { CAREER, COMBINED, coreGroup, newMeetingOn, openGroup, openGroups } from "./test-helpers";

const taskRow = (title: string) =>
  screen.getAllByTestId("task-row").find((r) => within(r).getByTestId("task-title").textContent === title)!;

describe("Arbetsgrupper, a group's details", () => {
  test("the task dialog picks two people by keyboard, in the order ticked, and the list names both", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const group = await coreGroup(core, COMBINED);
    const [first, second] = [group.members[4]!, group.members[1]!];
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-task"));
    const dialog = await screen.findByTestId("task-dialog");
    await user.type(within(dialog).getByTestId("task-title-input"), "Skriva delrapport");
    // Space ticks a focused checkbox: no mouse needed.
    within(dialog).getByRole("checkbox", { name: first.personName }).focus();
    await user.keyboard(" ");
    within(dialog).getByRole("checkbox", { name: second.personName }).focus();
    await user.keyboard(" ");
    await user.click(within(dialog).getByTestId("save-task"));
    await waitFor(() => expect(screen.queryByTestId("task-dialog")).toBeNull());
    expect(core.callsOf("add_group_task").at(-1)).toMatchObject({
      input: { title: "Skriva delrapport", responsiblePersonIds: [first.personId, second.personId] },
    });
    await waitFor(() =>
      expect(within(taskRow("Skriva delrapport")).getByTestId("task-responsible").textContent).toBe(
        `${first.personName} och ${second.personName}`,
      ),
    );
    // Opened again: both are ticked; unticking one saves the other alone.
    await user.click(taskRow("Skriva delrapport"));
    const again = await screen.findByTestId("task-dialog");
    expect((within(again).getByRole("checkbox", { name: first.personName }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(again).getByRole("checkbox", { name: first.personName }));
    await user.click(within(again).getByTestId("save-task"));
    await waitFor(() =>
      expect(within(taskRow("Skriva delrapport")).getByTestId("task-responsible").textContent).toBe(second.personName),
    );
  });

  test("a tidplan before the AU's decision is warned about in the dialog, and saving is still allowed", async () => {
    await realCore();
    await openGroups();
    await openGroup(CAREER); // decided 23 sep 2022
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-task"));
    const dialog = await screen.findByTestId("task-dialog");
    await user.type(within(dialog).getByTestId("task-title-input"), "Förstudie");
    await user.type(within(dialog).getByTestId("task-tidplan-input"), "1/9");
    const warning = await within(dialog).findByTestId("task-before-decision");
    expect(warning.textContent).toContain("1 sep 2022");
    expect(warning.textContent).toContain("23 sep 2022");
    await user.click(within(dialog).getByTestId("save-task"));
    await waitFor(() => expect(screen.queryByTestId("task-dialog")).toBeNull());
    expect(within(taskRow("Förstudie")).getByTestId("task-before-decision").textContent).toContain("23 sep 2022");
  });

  test("a meeting's notes keep their lines and are shown in the meeting list", async () => {
    const core = await realCore();
    const { user, dialog } = await newMeetingOn(COMBINED, "2022-10-05");
    await user.type(within(dialog).getByTestId("meeting-purpose-input"), "Avstämning");
    await user.type(within(dialog).getByTestId("meeting-notes"), "Ta med:{Enter}- enkätsvaren{Enter}- disposition");
    await user.click(within(dialog).getByTestId("save-meeting"));
    await waitFor(() => expect(screen.queryByTestId("meeting-dialog")).toBeNull());
    const notes = "Ta med:\n- enkätsvaren\n- disposition";
    expect(core.callsOf("add_meeting").at(-1)).toMatchObject({ input: { notes } });
    await waitFor(() =>
      expect(screen.getAllByTestId("meeting-notes-text").map((n) => n.textContent)).toContain(notes),
    );
  });

  test("continuous reporting is set to the AU meetings ticked, and becomes a deadline", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(CAREER);
    const section = await screen.findByTestId("reporting-section");
    const boxes = await within(section).findAllByTestId("reporting-au-meeting");
    expect(boxes.length).toBeGreaterThan(0);
    const user = userEvent.setup();
    await user.click(boxes[0]!);
    await waitFor(() => expect(core.callsOf("update_report_duty").length).toBe(1));
    const au = await core.invoke<{ meetings: { id: number; heldOn: string }[] }>("get_committee", { year: 2022 });
    expect(core.callsOf("update_report_duty")[0]).toMatchObject({ input: { auMeetingIds: [au.meetings[0]!.id] } });
    const group = await coreGroup(core, CAREER);
    const duty = group.reportDuties.find((d) => d.kind === "continuous")!;
    expect(duty.auMeetings.map((m) => m.heldOn)).toEqual([au.meetings[0]!.heldOn]);
    const deadlines = await core.invoke<{ what: { kind: string }; due: string | null }[]>("list_deadlines", {
      planId: group.planId, today: "2022-09-01", filter: { workingGroupId: group.id, personId: null },
    });
    expect(deadlines.filter((d) => d.what.kind === "auReport").map((d) => d.due)).toEqual([au.meetings[0]!.heldOn]);
    await waitFor(() =>
      expect((within(section).getAllByTestId("reporting-au-meeting")[0] as HTMLInputElement).checked).toBe(true),
    );
  });
});
