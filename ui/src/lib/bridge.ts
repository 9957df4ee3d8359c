// The development bridge (`radsplan dev-bridge`, src-tauri/src/dev_bridge): the window's
// command list over HTTP on loopback. The browser preview and the UI's tests install it in place
// of Tauri's IPC, so every call reaches the real core; nothing of the core is written twice.
import { mockIPC } from "@tauri-apps/api/mocks";

export type BridgeAddress = { url: string; token: string };

/** `RADSPLAN_BRIDGE http://127.0.0.1:PORT TOKEN`, the line the bridge prints when it listens. */
export function parseBridgeLine(line: string): BridgeAddress | null {
  const match = /^RADSPLAN_BRIDGE (\S+) (\S+)$/.exec(line.trim());
  return match ? { url: match[1]!, token: match[2]! } : null;
}

/** One request to the bridge; rejects with the command's `ApiError` as Tauri's IPC does. */
export async function bridgeCall<T = unknown>(address: BridgeAddress, route: string, body?: unknown): Promise<T> {
  const response = await fetch(address.url + route, {
    method: "POST",
    headers: { "content-type": "application/json", "x-radsplan-token": address.token },
    body: JSON.stringify(body ?? {}),
  });
  const reply = (await response.json()) as { ok?: T; error?: unknown };
  if (reply.error !== undefined) throw reply.error;
  return reply.ok as T;
}

/** Routes every `invoke` of the app to the bridge. */
export function installBridge(address: BridgeAddress): void {
  mockIPC((cmd, args) => bridgeCall(address, `/invoke/${cmd}`, args ?? {}));
}
