// The UI in Debian's Chromium on the real core: `radsplan dev-bridge`, Vite's dev server told the
// bridge's address, and a page at 1280×800 with errors echoed. Used by the screenshot scripts
// and the browser tests (tests/browser). No network: the bridge and Vite listen on loopback.
import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createServer } from "vite";
import { startBridgeProcess } from "./bridge-start.mjs";

const ui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Bridge + Vite. `bridge.call(route, body)` reaches the test routes (reset, fail-next …). */
export async function startPreview() {
  const bridge = await startBridgeProcess();
  process.env.VITE_BRIDGE_URL = bridge.url;
  process.env.VITE_BRIDGE_TOKEN = bridge.token;
  const server = await createServer({ root: ui, logLevel: "error", server: { port: 0, strictPort: false, host: "127.0.0.1" } });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  async function call(route, body = {}) {
    const response = await fetch(bridge.url + route, {
      method: "POST",
      headers: { "content-type": "application/json", "x-radsplan-token": bridge.token },
      body: JSON.stringify(body),
    });
    const reply = await response.json();
    if (reply.error !== undefined) throw new Error(JSON.stringify(reply.error));
    return reply.ok;
  }
  return {
    url,
    call,
    stop: async () => { await server.close(); bridge.stop(); },
  };
}

export async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    // No background networking: this machine, and the users', has no network to offer.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on("pageerror", (e) => { errors.push(e.message); console.error("page error:", e.message); });
  page.on("console", (m) => { if (m.type() === "error") { errors.push(m.text()); console.error("console:", m.text()); } });
  return { browser, page, errors };
}

/** For the screenshot scripts: preview, browser and a `shot(name)` that saves a PNG in `out`. */
export async function openShots(out) {
  await mkdir(out, { recursive: true });
  const preview = await startPreview();
  const { browser, page } = await openBrowser();
  async function shot(name, fullPage = false) {
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage });
    console.log(`${out}/${name}.png`);
  }
  const close = async () => { await browser.close(); await preview.stop(); };
  return { browser: { close }, page, shot, base: preview.url, bridge: preview.call };
}

/**
 * Runs axe-core (WCAG 2.1 A/AA) on `page` and prints what it finds under `name`; returns the
 * violations, one line each (empty when clean), for a script that fails on them.
 */
export async function runAxe(page, name) {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  console.log(`axe ${name}: ${problems.length === 0 ? "no violations" : problems.join("\n  ")}`);
  return problems;
}

/** Presses Tab on `page` until the element with `testid` has the focus (at most `limit` presses). */
export async function tabTo(page, testid, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    if (focused === testid) return;
  }
  throw new Error(`Tab never reached ${testid}`);
}
