// Browser preview without the Rust core: `VITE_MOCK_IPC=1 npm run dev`. Loaded only in dev
// (see main.ts), so it never ships in `vite build`.
import { mockIPC } from "@tauri-apps/api/mocks";
import { exampleSeed } from "./mock/example-data";
import { FakeBackend } from "./mock/fake-backend";

export function installDevMock(): void {
  const params = new URLSearchParams(location.search);
  // ?welcome shows the first screen; ?lang=en starts in English (for screenshots).
  const backend = new FakeBackend(exampleSeed, params.has("welcome") ? null : undefined);
  if (params.get("lang") === "en") backend.language = "en";
  mockIPC(backend.handle);
  (window as unknown as { __fakeBackend: FakeBackend }).__fakeBackend = backend;
}
