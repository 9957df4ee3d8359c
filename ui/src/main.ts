import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

async function start(): Promise<void> {
  // A browser preview without the Rust core (screenshots, layout work). `import.meta.env.DEV`
  // is false in `vite build`, so the mock and its example data never reach the app bundle.
  if (import.meta.env.DEV && import.meta.env.VITE_MOCK_IPC === "1") {
    const { installDevMock } = await import("./lib/dev-mock");
    installDevMock();
  }
  const target = document.getElementById("app");
  if (target) mount(App, { target });
}

void start();
