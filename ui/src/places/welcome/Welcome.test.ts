import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { realCore } from "../../test/harness";

describe("Welcome", () => {
  test("is shown when no file is open", async () => {
    await realCore({ file: null });
    render(App);
    expect(await screen.findByRole("heading", { name: "Rådsplan" })).toBeTruthy();
    expect(screen.getByTestId("open-example").textContent).toContain("Öppna exempelrådet");
    expect(screen.getByText(/Regionalt vårdkompetensråd Mellansverige, aktivitetsplan 2022/)).toBeTruthy();
    expect(screen.queryByTestId("nav-register")).toBeNull();
  });

  test("says why the remembered file did not open", async () => {
    const core = await realCore({ file: null });
    await core.setNotice("Filen Råd.radsplan är redan öppen i ett annat Rådsplan-fönster eller program.");
    render(App);
    expect((await screen.findByTestId("welcome-notice")).textContent).toContain("redan öppen i ett annat Rådsplan-fönster");
  });

  test("Öppna exempelrådet calls open_example and opens on Översikt", async () => {
    const core = await realCore({ file: null });
    render(App);
    await userEvent.setup().click(await screen.findByTestId("open-example"));
    expect(core.callsOf("open_example")).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId("app-title").textContent).toBe("Regionalt vårdkompetensråd Mellansverige"));
    await waitFor(() => expect(screen.getAllByTestId("overview-area").length).toBeGreaterThan(0));
    expect(screen.getByTestId("nav-overview").getAttribute("aria-current")).toBe("page");
  });

  test("creating a council asks for a name, refuses an empty one, then calls create_council", async () => {
    const core = await realCore({ file: null });
    render(App);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId("create-council"));
    expect(document.activeElement).toBe(screen.getByTestId("council-name"));
    await user.click(screen.getByTestId("create-council-confirm"));
    expect(screen.getByText("Skriv rådets namn först.")).toBeTruthy();
    expect(core.callsOf("create_council")).toHaveLength(0);

    await user.type(screen.getByTestId("council-name"), "Vårdkompetensråd Norr{Enter}");
    await waitFor(() => expect(core.callsOf("create_council")).toEqual([{ name: "Vårdkompetensråd Norr" }]));
    // A new council opens on the (empty) Översikt of its plan for this year.
    expect(await screen.findByText("Planen har inga fokusområden än.")).toBeTruthy();
    expect(screen.getByTestId("app-title").textContent).toBe("Vårdkompetensråd Norr");
    const status = await core.status();
    expect(status.councilName).toBe("Vårdkompetensråd Norr");
    expect(status.file).toMatch(/Vårdkompetensråd Norr\.radsplan$/);
  });

  test("a failing open shows the error and stays on the welcome screen", async () => {
    const core = await realCore({ file: null });
    core.failNext("open_example", "io", "Exempelfilen kunde inte skapas. Kontrollera att disken inte är full.");
    render(App);
    await userEvent.setup().click(await screen.findByTestId("open-example"));
    expect((await screen.findByTestId("error-toast")).textContent).toContain("Exempelfilen kunde inte skapas");
    expect(screen.getByTestId("open-example")).toBeTruthy();
    expect((await core.status()).file).toBeNull();
  });
});
