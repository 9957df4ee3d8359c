// Each test file gets its own real core (radsplan dev-bridge); each test starts from a fresh
// copy of the example council (harness.ts), no mocked IPC left over, stores empty, Swedish, no
// toast.
import "@testing-library/svelte/vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { toasts } from "../lib/errors.svelte";
import { setUiLanguage } from "../lib/i18n/index.svelte";
import { app } from "../lib/stores/app.svelte";
import { plan } from "../lib/stores/plan.svelte";
import { register } from "../lib/stores/register.svelte";
import { settings } from "../lib/stores/settings.svelte";
import { startBridgeProcess } from "../../scripts/bridge-start.mjs";
import { settle, useBridge } from "./harness";

let stop: (() => void) | null = null;

beforeAll(async () => {
  const bridge = await startBridgeProcess();
  stop = bridge.stop;
  useBridge({ url: bridge.url, token: bridge.token });
});

afterAll(() => stop?.());

beforeEach(() => {
  app.reset();
  register.reset();
  plan.reset();
  settings.reset();
  toasts.dismiss();
  setUiLanguage("sv");
});

afterEach(async () => {
  await settle();
  clearMocks();
});
