// App lifecycle for the end-to-end tests: start/stop the real Rådsplan binary through
// tauri-driver, wait for selectors, take screenshots when a step fails, reset the sandboxed data.
// tests/e2e/run.sh provides the environment (WEBDRIVER_URL, RADSPLAN_E2E_SANDBOX, XDG_* dirs).

import { describe, it, before, after } from "node:test";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Session, Keys, WebDriverError } from "./webdriver.mjs";

export { Keys };

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const appPath = process.env.RADSPLAN_APP ?? path.join(repoRoot, "target/debug/radsplan");
export const shotsDir = path.join(repoRoot, "target/e2e-shots");
const webdriverUrl = process.env.WEBDRIVER_URL ?? "http://127.0.0.1:4444";

/** The example council's name, as the CLI and `open_example` write it. */
export const EXAMPLE_COUNCIL = "Regionalt vårdkompetensråd Mellansverige";

export const tid = (id) => `[data-testid="${id}"]`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let current = null; // the live session, for screenshots on failure and cleanup

function sandbox() {
  const root = process.env.RADSPLAN_E2E_SANDBOX;
  if (!root) {
    throw new Error("RADSPLAN_E2E_SANDBOX is not set: run the end-to-end tests through tests/e2e/run.sh, "
      + "which gives the app throwaway data folders (it would otherwise use your real ones)");
  }
  return root;
}

/**
 * Empties the app's data, config and cache folders (inside the sandbox only), so the next
 * session starts as on a new machine: no data file, no remembered last file.
 */
export function resetAppData() {
  const root = path.resolve(sandbox());
  for (const name of ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"]) {
    const dir = path.resolve(process.env[name] ?? "");
    if (!dir.startsWith(root + path.sep)) {
      throw new Error(`${name}=${dir} is outside the e2e sandbox ${root}; refusing to empty it`);
    }
    // The last session's WebKit helpers may still be writing their shader cache after the app
    // has gone, for longer than rmSync's retries (ENOTEMPTY broke whole scenarios). Moving the
    // folder aside is one atomic rename whatever is written into it; it is deleted when it can be.
    if (fs.existsSync(dir)) {
      const aside = fs.mkdtempSync(path.join(root, "old-"));
      fs.renameSync(dir, path.join(aside, path.basename(dir)));
      fs.rm(aside, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }, () => {
        // left for run.sh to remove with the sandbox
      });
    }
    fs.mkdirSync(dir, { recursive: true });
  }
}

/** A fresh temporary directory inside the sandbox. */
export function tempDir(prefix = "t-") {
  return fs.mkdtempSync(path.join(sandbox(), prefix));
}

/** Runs the app's command-line mode (no window), e.g. `cli("example", file)`. Returns stdout. */
export function cli(...args) {
  return execFileSync(appPath, args, { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Closes the app's window the way a window manager's × (or Alt+F4) does: the WM_DELETE_WINDOW
 * message, sent to every X window titled like the app's (Xvfb runs no window manager), then
 * waits for the app to quit by itself.
 */
export async function closeWindowLikeTheWindowManager(timeoutMs = 15_000) {
  let windows = "";
  try {
    windows = execFileSync("xdotool", ["search", "--name", "Rådsplan"], { encoding: "utf8" });
  } catch {
    // xdotool exits 1 when nothing matches
  }
  const ids = windows.split(/\s+/).filter(Boolean);
  if (ids.length === 0) throw new Error("no X window titled Rådsplan to close");
  execFileSync("python3", [path.join(repoRoot, "tests/e2e/lib/wm-close.py"), ...ids]);
  await waitForAppExit(timeoutMs);
  const s = current;
  current = null;
  // The driver still holds the session of the app that quit: end it for the next scenario.
  await s?.delete().catch(() => {});
}

/** Pids of app processes started by this sandbox (matched by binary and environment). */
function appPids() {
  const want = fs.realpathSync(appPath);
  const marker = `RADSPLAN_E2E_SANDBOX=${process.env.RADSPLAN_E2E_SANDBOX}\0`;
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/exe`) !== want) continue;
      if (!fs.readFileSync(`/proc/${entry}/environ`, "latin1").includes(marker)) continue;
      pids.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return pids;
}

async function waitForAppExit(timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (appPids().length === 0) return;
    await sleep(100);
  }
  throw new Error(`the app (pids ${appPids().join(", ")}) was still running ${timeoutMs / 1000} s after its `
    + "WebDriver session ended; a second instance would find the database file locked");
}

/**
 * Starts the app (a new WebDriver session) with the given command-line args and waits until
 * the page has a body. Only one app runs at a time.
 */
export async function startApp({ args = [] } = {}) {
  if (current) await stopApp();
  if (!fs.existsSync(appPath)) {
    throw new Error(`${appPath} does not exist; build it: cargo build -p radsplan --features custom-protocol`);
  }
  await waitForAppExit();
  current = await Session.create(webdriverUrl, {
    "tauri:options": { application: appPath, args },
  });
  await waitUntil(() => current.execute("return document.readyState === 'complete' && !!document.body"), {
    timeout: 30_000,
    message: "the app's page did not finish loading",
  });
  return current;
}

/** Ends the session (which closes the window and quits the app) and waits for the process to go. */
export async function stopApp() {
  const s = current;
  current = null;
  if (!s) return;
  try {
    await s.delete();
  } catch (e) {
    // the app may already have quit; the exit check below still applies
    if (!(e instanceof WebDriverError)) throw e;
  }
  await waitForAppExit();
}

export function session() {
  if (!current) throw new Error("no app session: call startApp() first");
  return current;
}

/** Polls `fn` until it returns a truthy value; throws `message` (and the last error) on timeout. */
export async function waitUntil(fn, { timeout = 15_000, interval = 100, message = "condition" } = {}) {
  const end = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      lastError = undefined;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout / 1000} s waiting for: ${message}`
        + (lastError ? ` (last error: ${lastError.message})` : ""));
    }
    await sleep(interval);
  }
}

// WebKitWebDriver's "is displayed" (and so its element text, which is empty for elements it
// thinks hidden) says false for a text cut off with `text-overflow: ellipsis`, although the user
// sees it. So visibility and text are read in the page instead: shown = laid out (has boxes) and
// not `visibility: hidden`; text = innerText, the text as rendered (hidden parts left out).
const SHOWN = `const e = arguments[0];
  return e.isConnected && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";`;

/** Whether the element is shown (see above). */
export const isShown = (el) => session().execute(SHOWN, el);

/** The rendered text (innerText) of every element matching `css`, in document order. */
export function textsOf(css) {
  return session().execute(
    "return Array.from(document.querySelectorAll(arguments[0]), (e) => e.innerText.replace(/\\u00AD/g, \"\"));", css);
}

/** Waits for a shown element matching `css`; returns it. */
export async function waitFor(css, { timeout = 15_000, what } = {}) {
  const s = session();
  return waitUntil(async () => {
    for (const el of await s.findAll(css)) if (await isShown(el)) return el;
    return null;
  }, { timeout, message: `${what ?? "element"} ${css} to be shown` });
}

/** Waits until no element matches `css`. */
export async function waitGone(css, { timeout = 15_000, what } = {}) {
  const s = session();
  await waitUntil(async () => (await s.findAll(css)).length === 0, {
    timeout,
    message: `${what ?? "element"} ${css} to disappear`,
  });
}

/** Waits until the first element matching `css` is shown and its rendered text is exactly `text`. */
export async function waitForText(css, text, { timeout = 15_000 } = {}) {
  let seen;
  await waitUntil(async () => {
    const [el] = await session().findAll(css);
    if (!el) { seen = "(no such element)"; return false; }
    if (!(await isShown(el))) { seen = "(element not shown)"; return false; }
    [seen] = await textsOf(css);
    return seen === text;
  }, { timeout, message: `${css} to read ${JSON.stringify(text)}` }).catch((e) => {
    throw new Error(`${e.message}; it reads ${typeof seen === "string" && !seen.startsWith("(") ? JSON.stringify(seen) : seen}`);
  });
}

export const click = async (css, opts) => (await waitFor(css, opts)).click();

/** Moves focus out of any input, so keyboard shortcuts go to the app and not to a field. */
export async function focusBody() {
  await session().execute(`
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex');
    return document.activeElement === document.body || document.activeElement === null;`);
}

/** Saves a screenshot of the window (or the whole X screen if WebDriver cannot) to target/e2e-shots/. */
export async function screenshot(name) {
  fs.mkdirSync(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${name.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 120)}.png`);
  try {
    if (!current) throw new Error("no session");
    fs.writeFileSync(file, Buffer.from(await current.screenshot(), "base64"));
  } catch {
    try {
      execFileSync("import", ["-window", "root", file], { timeout: 10_000, stdio: "ignore" });
    } catch {
      return null;
    }
  }
  return file;
}

/**
 * A scenario: ordered steps sharing one app. When a step fails, a screenshot is saved and the
 * remaining steps are skipped (they would only fail for the same reason). The app data is reset
 * before the first step, and the app is stopped after the last.
 */
export function scenario(name, body) {
  describe(name, () => {
    let broken = null;
    before(() => resetAppData());
    after(() => stopApp());
    const step = (title, fn) =>
      it(title, async (t) => {
        if (broken) {
          t.skip(`skipped: "${broken}" failed`);
          return;
        }
        try {
          await fn(t);
        } catch (e) {
          broken = title;
          const shot = await screenshot(`${name}--${title}`);
          if (shot) t.diagnostic(`screenshot: ${shot}`);
          throw e;
        }
      });
    body(step);
  });
}
