import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { fakeCore, renderPlan } from "../../test/harness";

const EXAMPLE = "/home/sekreterare/Rådsplan/exempel.radsplan";
const yearShown = () => (screen.getByTestId("plan-year-select") as HTMLSelectElement).selectedOptions[0]!.textContent;

describe("Senaste filer and opening where the user left off", () => {
  test("after Stäng the welcome screen lists the file, and opening it goes through open_recent_file", async () => {
    const core = fakeCore();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("file-menu"));
    await user.click(screen.getByTestId("file-close"));
    const item = (await screen.findAllByTestId("recent-file"))[0]!;
    expect(item.textContent).toContain("exempel");
    expect(item.textContent).toContain(EXAMPLE);
    await user.click(within(item).getByTestId("recent-open"));
    expect(core.callsOf("open_recent_file")).toEqual([{ path: EXAMPLE }]);
    await waitFor(() => expect(screen.getAllByTestId("activity-row").length).toBeGreaterThan(0));
  });

  test("a file that is gone is shown as missing, says why it does not open, and can be removed", async () => {
    const core = fakeCore({ file: null });
    core.recent = [{ path: "/media/usb/Gammalt råd.radsplan", name: "Gammalt råd", missing: false }];
    render(App);
    const user = userEvent.setup();
    const item = (await screen.findAllByTestId("recent-file"))[0]!;
    expect(item.textContent).toContain("Finns inte där den låg");
    await user.click(within(item).getByTestId("recent-open"));
    expect((await screen.findByTestId("error-toast")).textContent).toContain("finns inte där den låg");
    await user.click(within(item).getByRole("button", { name: "Ta bort ur listan: Gammalt råd" }));
    await waitFor(() => expect(screen.queryAllByTestId("recent-file")).toHaveLength(0));
    expect(core.callsOf("forget_recent_file")).toEqual([{ path: "/media/usb/Gammalt råd.radsplan" }]);
  });

  test("the Fil menu lists the other recent files, a missing one marked, and opens the one chosen", async () => {
    const core = fakeCore();
    core.recent.push({ path: "/home/sekreterare/Norr.radsplan", name: "Norr", missing: false });
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("file-menu"));
    const recent = screen.getAllByTestId("file-recent");
    // The open file is not offered again; Norr was never written by this fake, so it is missing.
    expect(recent.map((r) => r.textContent!.replace(/\s+/g, " ").trim())).toEqual(["Norr saknas"]);
    await user.click(recent[0]!);
    expect(core.callsOf("open_recent_file")).toEqual([{ path: "/home/sekreterare/Norr.radsplan" }]);
    expect((await screen.findByTestId("error-toast")).textContent).toContain("finns inte där den låg");
  });

  test("the plan year chosen is remembered for the file, and the file opens on it again", async () => {
    const core = fakeCore();
    await renderPlan();
    const user = userEvent.setup();
    expect(yearShown()).toBe("2022");
    const select = screen.getByTestId("plan-year-select") as HTMLSelectElement;
    const y2021 = Array.from(select.options).find((o) => o.textContent === "2021")!;
    await user.selectOptions(select, y2021);
    await waitFor(() => expect(core.callsOf("remember_plan_year")).toEqual([{ year: 2021 }]));
    await user.click(screen.getByTestId("file-menu"));
    await user.click(screen.getByTestId("file-close"));
    await user.click((await screen.findAllByTestId("recent-open"))[0]!);
    await waitFor(() => expect(yearShown()).toBe("2021"));
  });
});
