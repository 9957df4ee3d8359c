// Starts `radsplan dev-bridge` and resolves with its address once it listens (the line
// `RADSPLAN_BRIDGE URL TOKEN`). Shared by the browser preview and the browser tests.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function bridgeBinary() {
  const binary = process.env.RADSPLAN_APP ?? path.join(repoRoot, "target/debug/radsplan");
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: build it with \`cargo build -p radsplan --features custom-protocol\` or set RADSPLAN_APP`);
  }
  return binary;
}

export function startBridgeProcess(args = []) {
  const child = spawn(bridgeBinary(), ["dev-bridge", ...args], { stdio: ["pipe", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^RADSPLAN_BRIDGE (\S+) (\S+)$/.exec(line.trim());
      if (match) resolve({ url: match[1], token: match[2], stop: () => stopBridge(child) });
    });
    child.once("exit", (code) => reject(new Error(`radsplan dev-bridge stopped (exit ${code})`)));
    child.once("error", reject);
  });
}

// Closing its stdin lets the bridge remove its copies and exit; a kill would leave them behind.
// The kill is only for a bridge that does not answer that within a second.
function stopBridge(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin.end();
  const timer = setTimeout(() => child.kill(), 1000);
  timer.unref();
  child.once("exit", () => clearTimeout(timer));
}
