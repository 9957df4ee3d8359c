// `npm run dev:bridge [-- FILE.radsplan]`: the UI in a plain browser on the real core. Starts
// `radsplan dev-bridge` (a debug build: RADSPLAN_APP or target/debug/radsplan; on a fresh copy of
// the example council unless a file is given), then Vite with the bridge's address and token.
// Open http://localhost:5173/. Ctrl+C stops both.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startBridgeProcess } from "./bridge-start.mjs";

const ui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bridge = await startBridgeProcess(process.argv.slice(2));
console.log(`dev-bridge: ${bridge.url} (real core)`);
const vite = spawn(path.join(ui, "node_modules/.bin/vite"), ["--port", "5173", "--strictPort"], {
  cwd: ui,
  stdio: "inherit",
  env: { ...process.env, VITE_BRIDGE_URL: bridge.url, VITE_BRIDGE_TOKEN: bridge.token },
});
const stop = () => { vite.kill(); bridge.stop(); };
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
vite.on("exit", (code) => { bridge.stop(); process.exit(code ?? 0); });
