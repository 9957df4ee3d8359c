import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

async function start(): Promise<void> {
  // The browser preview (`npm run dev:bridge`): the window's commands go to the real core over
  // the development bridge. `import.meta.env.DEV` is false in `vite build`, so none of this
  // reaches the app bundle.
  if (import.meta.env.DEV && import.meta.env.VITE_BRIDGE_URL) {
    const { installBridge } = await import("./lib/bridge");
    installBridge({ url: import.meta.env.VITE_BRIDGE_URL, token: import.meta.env.VITE_BRIDGE_TOKEN ?? "" });
  }
  const target = document.getElementById("app");
  if (target) mount(App, { target });
}

void start();
