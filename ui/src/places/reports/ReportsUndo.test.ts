import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import { realCore } from "../../test/harness";
import { COMBINED, coreGroups } from "../groups/test-helpers";

describe("Rapporter after Ångra", () => {
  test("the open återrapport's preview and its text field show what is stored again", async () => {
    const core = await realCore();
    const group = (await coreGroups(core)).find((g) => g.name === COMBINED)!;
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await fireEvent.click(await screen.findByTestId(`report-year-end-${group.id}`));
    const text = () => screen.getByTestId("year-end-results") as HTMLTextAreaElement;
    await waitFor(() => expect(text().disabled).toBe(false), { timeout: 15_000 });

    const user = userEvent.setup();
    await user.type(text(), "Tolv modeller kartlagda.");
    await user.click(screen.getByTestId("year-end-save"));
    await waitFor(() => expect(screen.getByTestId("document-preview").textContent).toContain("Tolv modeller kartlagda."), { timeout: 15_000 });

    await user.click(screen.getByTestId("undo"));
    await waitFor(() => expect(screen.getByTestId("document-preview").textContent).not.toContain("Tolv modeller kartlagda."), { timeout: 15_000 });
    await waitFor(() => expect(text().value).toBe(""));

    await user.click(screen.getByTestId("redo"));
    await waitFor(() => expect(screen.getByTestId("document-preview").textContent).toContain("Tolv modeller kartlagda."), { timeout: 15_000 });
    await waitFor(() => expect(text().value).toBe("Tolv modeller kartlagda."));
  });
});
