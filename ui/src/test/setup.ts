// Each test file gets its own real core (radsplan dev-bridge); each test starts from a fresh
// copy of the example council (harness.ts), no mocked IPC left over, stores empty, Swedish, no
// toast. The open file's stores are new with each render of the app.
import "@testing-library/svelte/vitest";
import { configure } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { toasts } from "../lib/errors.svelte";
import { setUiLanguage } from "../lib/i18n/index.svelte";
import { app } from "../lib/stores/app.svelte";
import { startBridgeProcess } from "../../scripts/bridge-start.mjs";
import { settle, useBridge } from "./harness";

// Each file has its own core, and CI runs them on 2 cores beside the compiler: a list may take
// longer than testing-library's 1 s to arrive. Waiting longer only costs time when a test fails.
configure({ asyncUtilTimeout: 5000 });

let stop: (() => void) | null = null;

beforeAll(async () => {
  const bridge = await startBridgeProcess();
  stop = bridge.stop;
  useBridge({ url: bridge.url, token: bridge.token });
});

afterAll(() => stop?.());

beforeEach(() => {
  // The open file's stores are made anew each time the app opens a file (file.svelte.ts).
  app.reset();
  toasts.dismiss();
  setUiLanguage("sv");
});

afterEach(async () => {
  await settle();
  clearMocks();
});
