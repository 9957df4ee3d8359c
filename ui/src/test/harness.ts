import { expect } from "vitest";
import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "../App.svelte";
import { exampleSeed, type Seed } from "../lib/mock/example-data";
import { FakeBackend } from "../lib/mock/fake-backend";

type Override = (cmd: string, args: Record<string, unknown>) => unknown;

/** A fake core behind mocked IPC. `override` may answer a command itself (return non-undefined). */
export function fakeCore(options: { seed?: Seed; file?: string | null; override?: Override } = {}) {
  const core = new FakeBackend(options.seed ?? exampleSeed, options.file);
  mockIPC((cmd, args) => {
    const own = options.override?.(cmd, (args ?? {}) as Record<string, unknown>);
    if (own !== undefined) {
      core.calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
      return own;
    }
    return core.handle(cmd, args);
  });
  return core;
}

/** Renders the whole app, goes to Register and waits until it shows its people. */
export async function renderOpenApp() {
  const result = render(App);
  await openRegister();
  return result;
}

/** From the open app (which starts on Aktivitetsplan) to Register, with its people shown. */
export async function openRegister() {
  await fireEvent.click(await screen.findByTestId("nav-register"));
  await waitFor(() => expect(screen.getAllByTestId("person-row").length).toBeGreaterThan(0));
}

/** Renders the whole app and waits until the plan (the first place) shows its activities. */
export async function renderPlan() {
  const result = render(App);
  await waitFor(() => expect(screen.getAllByTestId("activity-row").length).toBeGreaterThan(0));
  return result;
}

export function names(testid = "person-name-cell"): string[] {
  return screen.queryAllByTestId(testid).map((el) => el.textContent ?? "");
}
