import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { COMBINED, coreGroup, openGroup, openGroups } from "./test-helpers";

const titles = () => screen.queryAllByTestId("task-title").map((c) => c.textContent);
const taskRow = (title: string) => screen.getAllByTestId("task-row").find((r) => within(r).getByTestId("task-title").textContent === title)!;
const understood = (title: string) => within(taskRow(title)).getByTestId("task-understood").textContent ?? "";

describe("Arbetsgrupper, a group's tasks", () => {
  test("show ansvarig, the tidplan as typed and as understood, anchored to the group's meeting", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const group = await coreGroup(core, COMBINED);
    expect(titles()).toEqual(group.tasks.map((t) => t.title));
    const first = group.tasks[0]!;
    expect(within(taskRow(first.title)).getByTestId("task-tidplan").textContent).toBe("Uppstart 16 maj. Klart till arbetsmöte i augusti");
    expect(within(taskRow(first.title)).getByTestId("task-responsible").textContent).toBe("Alla i arbetsgruppen. Arbetsuppgifter är fördelade.");
    expect(understood(first.title)).toContain("25 aug 2022 (arbetsmöte)");
    // A person as ansvarig is shown by name.
    const sahra = group.tasks.find((t) => t.responsible.some((r) => r.name === "Sahra Lindblom"))!;
    expect(within(taskRow(sahra.title)).getByTestId("task-responsible").textContent).toBe("Sahra Lindblom");
    expect(understood(sahra.title)).toContain("25 aug 2022 (arbetsmöte)");
    // No tidplan is said so.
    const none = group.tasks.find((t) => t.scheduleText === "")!;
    expect(understood(none.title).trim()).toBe("Ingen tidplan");
  });

  test("a new task: the tidplan is previewed while typed; a month with no meeting is marked approximate", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const group = await coreGroup(core, COMBINED);
    const convener = group.members.find((m) => m.role === "convener")!;
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-task"));
    const dialog = await screen.findByTestId("task-dialog");
    await user.type(within(dialog).getByTestId("task-title-input"), "Skriva slutrapport");
    await user.click(within(dialog).getByRole("checkbox", { name: convener.personName }));
    await user.type(within(dialog).getByTestId("task-tidplan-input"), "Klart till arbetsmöte i oktober");
    await waitFor(() => expect(within(dialog).getByTestId("task-tidplan-preview").textContent).toContain("Tolkas som:"));
    expect(core.callsOf("parse_tidplan").at(-1)).toEqual({ text: "Klart till arbetsmöte i oktober", year: 2022 });
    await user.click(within(dialog).getByTestId("save-task"));
    await waitFor(() => expect(screen.queryByTestId("task-dialog")).toBeNull());
    expect(core.callsOf("add_group_task")).toEqual([{
      workingGroupId: group.id,
      input: {
        title: "Skriva slutrapport", description: "", responsiblePersonIds: [convener.personId], responsibleText: "",
        scheduleText: "Klart till arbetsmöte i oktober", status: "notStarted", doneOn: null,
      },
    }]);
    await waitFor(() => expect(titles().at(-1)).toBe("Skriva slutrapport"));
    expect(within(taskRow("Skriva slutrapport")).getByTestId("task-responsible").textContent).toBe(convener.personName);
    // No October meeting: the month stands, marked approximate ("ca"), and no meeting is named.
    expect(understood("Skriva slutrapport").trim()).toBe("ca 1 okt 2022 – 31 okt 2022");
    expect(understood("Skriva slutrapport")).not.toContain("(arbetsmöte)");
  });

  test("a tidplan that is not understood is said so, never guessed", async () => {
    await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-task"));
    const dialog = await screen.findByTestId("task-dialog");
    await user.type(within(dialog).getByTestId("task-title-input"), "Boka lokal");
    await user.type(within(dialog).getByTestId("task-tidplan-input"), "när det passar");
    await user.click(within(dialog).getByTestId("save-task"));
    await waitFor(() => expect(titles()).toContain("Boka lokal"));
    expect(understood("Boka lokal")).toContain("ej tolkad");
    expect(understood("Boka lokal")).not.toMatch(/\d{4}/);
  });

  test("a task is edited to Klar with its date, and deleted after asking", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const group = await coreGroup(core, COMBINED);
    const task = group.tasks[1]!;
    const user = userEvent.setup();
    await user.click(within(taskRow(task.title)).getByTestId("task-title"));
    const dialog = await screen.findByTestId("task-dialog");
    expect((within(dialog).getByTestId("task-title-input") as HTMLInputElement).value).toBe(task.title);
    await user.selectOptions(within(dialog).getByTestId("task-status"), "Klar");
    const doneOn = within(dialog).getByTestId("task-done-on") as HTMLInputElement;
    await user.type(doneOn, "2022-08-25");
    await user.click(within(dialog).getByTestId("save-task"));
    await waitFor(() => expect(screen.queryByTestId("task-dialog")).toBeNull());
    expect(core.callsOf("update_group_task")[0]).toMatchObject({ id: task.id, input: { status: "done", doneOn: "2022-08-25" } });
    await waitFor(() => expect(within(taskRow(task.title)).getByText("Klar")).toBeTruthy());

    await user.click(within(taskRow(task.title)).getByTestId("delete-task"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-delete"));
    await waitFor(() => expect(titles()).not.toContain(task.title));
    expect(titles()).toHaveLength(group.tasks.length - 1);
  });
});
