// Starts the real core behind the UI's tests: `radsplan dev-bridge` (a debug build of the app,
// `RADSPLAN_APP` or target/debug/radsplan), one per test file, stopped when the file is done.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseBridgeLine, type BridgeAddress } from "../lib/bridge";

const repoRoot = path.resolve(__dirname, "../../..");

export function bridgeBinary(): string {
  const binary = process.env.RADSPLAN_APP ?? path.join(repoRoot, "target/debug/radsplan");
  if (!existsSync(binary)) {
    throw new Error(
      `The UI tests run against the real core, and ${binary} is missing. Build it first: ` +
        "`cargo build -p radsplan --features custom-protocol` (make test does), or set RADSPLAN_APP.",
    );
  }
  return binary;
}

export async function startBridge(): Promise<{ address: BridgeAddress; stop: () => void }> {
  const child: ChildProcess = spawn(bridgeBinary(), ["dev-bridge"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await new Promise<BridgeAddress>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const found = parseBridgeLine(line);
      if (found) resolve(found);
    });
    child.once("exit", (code) => reject(new Error(`radsplan dev-bridge stopped (exit ${code})`)));
    child.once("error", reject);
  });
  return { address, stop: () => child.kill() };
}
