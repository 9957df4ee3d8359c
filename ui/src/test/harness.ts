import { expect } from "vitest";
import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "../App.svelte";
import type { AppStatus, ErrorCode } from "../lib/bindings";
import { bridgeCall, type BridgeAddress } from "../lib/bridge";

type Override = (cmd: string, args: Record<string, unknown>) => unknown;
export type Call = { cmd: string; args: Record<string, unknown> };

let address: BridgeAddress | null = null;
/** Calls the app made that have not been answered yet. */
const pending = new Set<Promise<unknown>>();

/** Waits for every call the app made, so that a reload a test set off cannot reach the next
 *  test's fresh council (setup.ts calls it after each test). */
export async function settle(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** setup.ts hands over the test file's own bridge. */
export function useBridge(bridge: BridgeAddress): void {
  address = bridge;
}

function bridge(): BridgeAddress {
  if (!address) throw new Error("no dev-bridge: the tests start one in src/test/setup.ts");
  return address;
}

/**
 * The real core behind the app's IPC: a fresh copy of the example council (or no file open when
 * `file: null`), every call recorded. `override` may answer a command itself (return non-undefined),
 * for what a test must control, such as what a native dialog returns.
 */
export async function realCore(options: { file?: null; override?: Override } = {}) {
  await bridgeCall(bridge(), "/test/reset", { open: options.file !== null });
  const calls: Call[] = [];
  mockIPC(async (cmd, rawArgs) => {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const own = options.override?.(cmd, args);
    if (own !== undefined) return own;
    const call = bridgeCall(bridge(), `/invoke/${cmd}`, args);
    pending.add(call);
    void call.catch(() => undefined).finally(() => pending.delete(call));
    return call;
  });
  return {
    calls,
    callsOf: (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args),
    /** Calls a command directly, as the test's own hand: not recorded, no override. */
    invoke: <T = unknown>(cmd: string, args: Record<string, unknown> = {}) =>
      bridgeCall<T>(bridge(), `/invoke/${cmd}`, args),
    /** The next call of `cmd` fails with this error. */
    failNext: (cmd: string, code: ErrorCode, message: string) =>
      bridgeCall(bridge(), "/test/fail-next", { command: cmd, code, message }),
    /** What the next native dialog returns: a path, or null for Avbryt. */
    answerDialog: (path: string | null) => bridgeCall(bridge(), "/test/answer-dialog", { path }),
    /** The notice the app shows (what core says after a recovered or refused file). */
    setNotice: (text: string | null) => bridgeCall(bridge(), "/test/notice", { text }),
    /** The window's title and the titles of the dialogs asked for. */
    window: () => bridgeCall<{ title: string; dialogs: string[] }>(bridge(), "/test/window"),
    status: () => bridgeCall<AppStatus>(bridge(), "/invoke/app_status"),
  };
}

export type RealCore = Awaited<ReturnType<typeof realCore>>;

/** Renders the whole app, goes to Register and waits until it shows its people. */
export async function renderOpenApp() {
  const result = render(App);
  await openRegister();
  return result;
}

/** From the open app (which starts on Översikt) to Register, with its people shown. */
export async function openRegister() {
  await fireEvent.click(await screen.findByTestId("nav-register"));
  await waitFor(() => expect(screen.getAllByTestId("person-row").length).toBeGreaterThan(0));
}

/** Renders the whole app, goes from Översikt (the first place) to the plan and waits for its activities. */
export async function renderPlan() {
  const result = render(App);
  await fireEvent.click(await screen.findByTestId("nav-plan"));
  await waitFor(() => expect(screen.getAllByTestId("activity-row").length).toBeGreaterThan(0));
  return result;
}

export function names(testid = "person-name-cell"): string[] {
  return screen.queryAllByTestId(testid).map((el) => el.textContent ?? "");
}
