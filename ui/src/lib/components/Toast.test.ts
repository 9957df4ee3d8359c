import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore, renderPlan } from "../../test/harness";

// An error message belongs to what failed and where: it goes with Esc, its close button, a
// later successful change of the same thing, or going to another place.
async function failAPriority() {
  const core = await realCore();
  await renderPlan();
  core.failNext("set_activity_priority", "conflict", "Aktiviteten ändrades samtidigt. Försök igen.");
  const user = userEvent.setup();
  const row = screen.getAllByTestId("activity-row")[0]!;
  row.querySelector<HTMLElement>('td[data-col="title"]')!.focus();
  await user.keyboard("3");
  const toast = await screen.findByTestId("error-toast");
  expect(toast.textContent).toContain("Aktiviteten ändrades samtidigt.");
  expect(toast.closest('[role="alert"]')).not.toBeNull();
  return { core, user, row };
}

describe("Error messages", () => {
  test("Esc takes the message away", async () => {
    const { user } = await failAPriority();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("error-toast")).toBeNull());
  });

  test("the close button takes it away", async () => {
    const { user } = await failAPriority();
    await user.click(within(screen.getByTestId("error-toast")).getByRole("button", { name: /Stäng/ }));
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("a later successful change of the same activity clears it", async () => {
    const { core, user } = await failAPriority();
    await user.keyboard("3");
    await waitFor(() => expect(core.callsOf("set_activity_priority")).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId("error-toast")).toBeNull());
  });

  test("a successful change of another activity leaves it", async () => {
    const { core, user } = await failAPriority();
    screen.getAllByTestId("activity-row")[1]!.querySelector<HTMLElement>('td[data-col="title"]')!.focus();
    await user.keyboard("1");
    await waitFor(() => expect(core.callsOf("set_activity_priority")).toHaveLength(2));
    expect(screen.getByTestId("error-toast")).toBeTruthy();
  });

  test("going to another place takes it away", async () => {
    const { user } = await failAPriority();
    await user.click(screen.getByTestId("nav-register"));
    await waitFor(() => expect(screen.queryByTestId("error-toast")).toBeNull());
  });

  test("an empty title on a new activity says what to write, beside the field", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const section = screen.getAllByTestId("focus-area-section")[1]!;
    await user.click(within(section).getByTestId("add-activity"));
    await user.keyboard("{Enter}");
    const message = within(section).getByTestId("new-activity-error");
    expect(message.textContent).toBe("Skriv vad aktiviteten heter och tryck sedan Enter.");
    expect(message.getAttribute("role")).toBe("alert");
    expect(within(section).getByTestId("new-activity-title").getAttribute("aria-invalid")).toBe("true");
    expect(core.callsOf("add_activity")).toHaveLength(0);
    await user.keyboard("K");
    expect(message.textContent).toBe("");
  });

  test("a 5 000-character title is refused beside the field, naming the field and the limit", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const row = screen.getAllByTestId("activity-row")[0]!;
    row.querySelector<HTMLElement>('td[data-col="title"]')!.focus();
    await user.keyboard("{Enter}");
    const input = within(row).getByTestId("activity-title-input") as HTMLTextAreaElement;
    input.value = "kompetensförsörjning ".repeat(250);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await user.keyboard("{Enter}");
    const message = await within(row).findByTestId("cell-error");
    expect(message.textContent).toMatch(/^Aktivitet får vara högst 300 tecken, men texten är 5\u00a0249 tecken\./);
    expect(core.callsOf("update_activity")).toHaveLength(1);
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });
});
