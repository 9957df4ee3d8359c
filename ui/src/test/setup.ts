// Each test starts from a fresh app: no mocked IPC left over, stores empty, Swedish, no toast.
import "@testing-library/svelte/vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, beforeEach } from "vitest";
import { toasts } from "../lib/errors.svelte";
import { setUiLanguage } from "../lib/i18n/index.svelte";
import { app } from "../lib/stores/app.svelte";
import { plan } from "../lib/stores/plan.svelte";
import { register } from "../lib/stores/register.svelte";
import { settings } from "../lib/stores/settings.svelte";

beforeEach(() => {
  app.reset();
  register.reset();
  plan.reset();
  settings.reset();
  toasts.dismiss();
  setUiLanguage("sv");
});

afterEach(() => {
  clearMocks();
});
