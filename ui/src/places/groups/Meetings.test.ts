import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { shownText } from "../../test/core-helpers";
import { COMBINED, coreGroup, newMeetingOn, openGroup, openGroups } from "./test-helpers";

const whens = () => screen.queryAllByTestId("meeting-when").map((c) => c.textContent);
const meetingRow = (when: string) => screen.getAllByTestId("meeting-row").find((r) => within(r).getByTestId("meeting-when").textContent === when)!;
const taskRow = (title: string) => screen.getAllByTestId("task-row").find((r) => within(r).getByTestId("task-title").textContent === title)!;
const KLART_I_AUGUSTI = "Kartlägga och sammanställa befintliga typer av anställningar och ekonomiska modeller för förenade anställningar och andra typer av kombinationstjänster/samarbetsmodeller i kommuner och regioner";

describe("Arbetsgrupper, a group's meetings", () => {
  test("are listed by date, those without a date last, with time, form, place and purpose", async () => {
    await realCore();
    await openGroups();
    await openGroup(COMBINED);
    expect(whens()).toEqual(["16 maj 2022", "25 aug 2022", "14 sep 2022", "9 nov 2022", "Slutet av november"]);
    const august = shownText(meetingRow("25 aug 2022"));
    expect(august).toContain("Fysiskt");
    expect(august).toContain("Örebro");
    expect(shownText(meetingRow("14 sep 2022"))).toContain("Digitalt");
  });

  test("an end before the start is refused next to the end time; corrected, the meeting lands in date order", async () => {
    const core = await realCore();
    const { user, dialog } = await newMeetingOn(COMBINED, "2022-10-05");
    await user.type(within(dialog).getByTestId("meeting-starts"), "13:00");
    await user.type(within(dialog).getByTestId("meeting-ends"), "12");
    await user.click(within(dialog).getByTestId("meeting-mode-digital"));
    await user.type(within(dialog).getByTestId("meeting-place"), "Teams");
    await user.type(within(dialog).getByTestId("meeting-purpose-input"), "Avstämning inför rapporten");
    await user.click(within(dialog).getByTestId("save-meeting"));

    const error = await within(dialog).findByTestId("meeting-endsAt-error");
    expect(error.textContent).toContain("Mötet slutar 12:00 men börjar 13:00");
    expect(within(dialog).getByTestId("meeting-ends").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(within(dialog).getByTestId("meeting-ends"));
    expect(screen.queryByTestId("error-toast")).toBeNull();

    await user.clear(within(dialog).getByTestId("meeting-ends"));
    await user.type(within(dialog).getByTestId("meeting-ends"), "15.30");
    await user.click(within(dialog).getByTestId("save-meeting"));
    await waitFor(() => expect(screen.queryByTestId("meeting-dialog")).toBeNull());
    expect(core.callsOf("add_meeting").at(-1)).toEqual({
      owner: { kind: "workingGroup", id: (await coreGroup(core, COMBINED)).id },
      input: { heldOn: "2022-10-05", whenText: "", startsAt: "13:00", endsAt: "15.30", mode: "digital", place: "Teams", purpose: "Avstämning inför rapporten", notes: "" },
    });
    await waitFor(() => expect(whens()).toEqual(["16 maj 2022", "25 aug 2022", "14 sep 2022", "5 okt 2022", "9 nov 2022", "Slutet av november"]));
    expect(shownText(meetingRow("5 okt 2022"))).toContain("13:00–15:30");
  });

  test("a second meeting at the same day and time is refused next to the date, in Swedish", async () => {
    await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("add-meeting"));
    const dialog = await screen.findByTestId("meeting-dialog");
    await fireEvent.input(within(dialog).getByTestId("meeting-date"), { target: { value: "2022-09-14" } });
    await user.click(within(dialog).getByTestId("save-meeting"));
    const error = await within(dialog).findByTestId("meeting-heldOn-error");
    expect(error.textContent).toContain("har redan ett möte 14 sep 2022");
    expect(whens()).toHaveLength(5);
  });

  test("moving the August meeting moves the task anchored to it", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    expect(within(taskRow(KLART_I_AUGUSTI)).getByTestId("task-understood").textContent).toContain("25 aug 2022 (arbetsmöte)");
    const user = userEvent.setup();
    meetingRow("25 aug 2022").focus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByTestId("meeting-dialog");
    expect((within(dialog).getByTestId("meeting-place") as HTMLInputElement).value).toBe("Örebro");
    await fireEvent.input(within(dialog).getByTestId("meeting-date"), { target: { value: "2022-08-30" } });
    await user.click(within(dialog).getByTestId("save-meeting"));
    await waitFor(() => expect(whens()).toContain("30 aug 2022"));
    expect(core.callsOf("update_meeting")).toHaveLength(1);
    await waitFor(() => expect(within(taskRow(KLART_I_AUGUSTI)).getByTestId("task-understood").textContent)
      .toContain("30 aug 2022 (arbetsmöte)"));
  });

  test("delete asks first, then the meeting is gone", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    await user.click(within(meetingRow("9 nov 2022")).getByTestId("delete-meeting"));
    const confirm = await screen.findByTestId("confirm-dialog");
    expect(shownText(confirm)).toContain("Mötet 9 nov 2022 tas bort");
    await user.click(within(confirm).getByTestId("confirm-delete"));
    await waitFor(() => expect(whens()).toEqual(["16 maj 2022", "25 aug 2022", "14 sep 2022", "Slutet av november"]));
    expect(core.callsOf("delete_meeting")).toHaveLength(1);
  });
});
