import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import ConfirmDialog from "./ConfirmDialog.svelte";

// A deletion asks with a red button; sending (to the AU) asks with the ordinary one, and each
// button's test id says what it does.
describe("ConfirmDialog", () => {
  test("by default it asks before a deletion: a red Ta bort", async () => {
    const onconfirm = vi.fn();
    render(ConfirmDialog, { props: { title: "Ta bort?", message: "Det går att ångra.", onconfirm, oncancel: vi.fn() } });
    const button = screen.getByTestId("confirm-delete");
    expect(button.classList.contains("danger")).toBe(true);
    expect(button.textContent).toContain("Ta bort");
    await userEvent.setup().click(button);
    expect(onconfirm).toHaveBeenCalledOnce();
  });

  test("neutral: the primary button, named for the action, and Avbryt still has focus first", async () => {
    const onconfirm = vi.fn();
    const oncancel = vi.fn();
    render(ConfirmDialog, {
      props: { title: "Skicka?", message: "Sparas som PDF.", confirmLabel: "Skicka till AU", tone: "neutral", onconfirm, oncancel },
    });
    expect(screen.queryByTestId("confirm-delete")).toBeNull();
    const button = screen.getByTestId("confirm-action");
    expect(button.classList.contains("danger")).toBe(false);
    expect(button.textContent).toContain("Skicka till AU");
    const user = userEvent.setup();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toContain("Avbryt"));
    await user.keyboard("{Enter}");
    expect(oncancel).toHaveBeenCalledOnce();
    expect(onconfirm).not.toHaveBeenCalled();
  });
});
