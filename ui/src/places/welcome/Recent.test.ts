import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { rmSync } from "node:fs";
import App from "../../App.svelte";
import type { AppStatus } from "../../lib/bindings";
import { realCore, renderPlan, type RealCore } from "../../test/harness";

const yearShown = () => (screen.getByTestId("plan-year-select") as HTMLSelectElement).selectedOptions[0]!.textContent;

/** A council that was opened once and then went away: on *Senaste filer*, its file gone. */
async function vanishedCouncil(core: RealCore, name: string): Promise<string> {
  const file = (await core.invoke<AppStatus>("create_council", { name })).file!;
  await core.invoke("close_file");
  rmSync(file);
  return file;
}

describe("Senaste filer and opening where the user left off", () => {
  test("after Stäng the welcome screen lists the file, and opening it goes through open_recent_file", async () => {
    const core = await realCore();
    const example = (await core.status()).file!;
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("file-menu"));
    await user.click(screen.getByTestId("file-close"));
    const item = (await screen.findAllByTestId("recent-file"))[0]!;
    expect(item.textContent).toContain("Exempelrådet Mellansverige");
    expect(item.textContent).toContain(example);
    await user.click(within(item).getByTestId("recent-open"));
    expect(core.callsOf("open_recent_file")).toEqual([{ path: example }]);
    await waitFor(() => expect(screen.getAllByTestId("overview-area").length).toBeGreaterThan(0));
    expect((await core.status()).file).toBe(example);
  });

  test("a file that is gone is shown as missing, says why it does not open, and can be removed", async () => {
    const core = await realCore({ file: null });
    const gone = await vanishedCouncil(core, "Gammalt råd");
    render(App);
    const user = userEvent.setup();
    const item = (await screen.findAllByTestId("recent-file"))[0]!;
    expect(item.textContent).toContain("Gammalt råd");
    expect(item.textContent).toContain("Finns inte där den låg");
    await user.click(within(item).getByTestId("recent-open"));
    expect((await screen.findByTestId("error-toast")).textContent).toContain("finns inte där den låg");
    await user.click(within(item).getByRole("button", { name: "Ta bort ur listan: Gammalt råd" }));
    await waitFor(() => expect(screen.queryAllByTestId("recent-file")).toHaveLength(0));
    expect(core.callsOf("forget_recent_file")).toEqual([{ path: gone }]);
    expect((await core.status()).recentFiles).toEqual([]);
  });

  test("the Fil menu lists the other recent files, a missing one marked, and opens the one chosen", async () => {
    const core = await realCore();
    const example = (await core.status()).file!;
    const norr = await vanishedCouncil(core, "Norr");
    await core.invoke("open_recent_file", { path: example });
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("file-menu"));
    const recent = screen.getAllByTestId("file-recent");
    // The open file is not offered again; Norr's file is gone, so it is marked missing.
    expect(recent.map((r) => r.textContent!.replace(/\s+/g, " ").trim())).toEqual(["Norr saknas"]);
    await user.click(recent[0]!);
    expect(core.callsOf("open_recent_file")).toEqual([{ path: norr }]);
    expect((await screen.findByTestId("error-toast")).textContent).toContain("finns inte där den låg");
    expect((await core.status()).file).toBe(example);
  });

  test("the plan year chosen is remembered for the file, and the file opens on it again", async () => {
    const core = await realCore();
    // The example has the plan of 2022; one of 2021 is made beside it.
    await core.invoke("create_plan", { year: 2021 });
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
    // It opens on Översikt, of the year remembered, and the plan shows the same year.
    await waitFor(() => expect((screen.getByTestId("overview-year") as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Plan 2021"));
    await user.click(screen.getByTestId("nav-plan"));
    await waitFor(() => expect(yearShown()).toBe("2021"));
    expect((await core.status()).planYear).toBe(2021);
  });
});
