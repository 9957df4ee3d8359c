import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore } from "../../test/harness";
import { COMBINED, coreGroup, openGroup, openGroups } from "./test-helpers";

const area = (key: string) => screen.getByTestId(`mandate-${key}`) as HTMLTextAreaElement;

describe("Arbetsgrupper, the mandate's sections", () => {
  test("show the stored texts; an edited section is saved with its line breaks, and Ctrl+Z takes it back", async () => {
    const core = await realCore();
    await openGroups();
    await openGroup(COMBINED);
    const group = await coreGroup(core, COMBINED);
    expect(area("background").value).toBe(group.mandate.background);
    expect(area("method").value).toBe(group.mandate.method);
    expect(area("owner").value).toBe(group.mandate.owner);
    const save = screen.getByTestId("save-mandate") as HTMLButtonElement;
    // Nothing changed, nothing to save.
    expect(save.disabled).toBe(true);

    const user = userEvent.setup();
    await user.clear(area("method"));
    await user.type(area("method"), "Intervjuer.{Enter}- Enkät{Enter}- Workshop");
    await user.click(save);
    expect(core.callsOf("update_mandate")).toEqual([{
      workingGroupId: group.id,
      input: { ...sections(group.mandate), method: "Intervjuer.\n- Enkät\n- Workshop" },
    }]);
    await waitFor(async () => expect((await coreGroup(core, COMBINED)).mandate.method).toBe("Intervjuer.\n- Enkät\n- Workshop"));
    expect(await screen.findByText("Uppdragsbeskrivningen är sparad.")).toBeTruthy();
    await waitFor(() => expect(save.disabled).toBe(true));

    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    await waitFor(() => expect(area("method").value).toBe(group.mandate.method));
  });
});

function sections(m: Record<string, unknown>) {
  const { workingGroupId: _, ...rest } = m;
  return rest;
}
