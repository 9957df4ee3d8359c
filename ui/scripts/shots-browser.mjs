// What both screenshot scripts share: Debian's Chromium at 1280×800 against the mocked UI
// (VITE_MOCK_IPC=1 npm run dev), page errors echoed, and a `shot(name)` that saves a PNG.
import { mkdir } from "node:fs/promises";
import { chromium } from "playwright-core";

export const base = process.env.UI_URL ?? "http://localhost:5173/";

export async function openShots(out) {
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    // No background networking: this machine, and the users', has no network to offer.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.error("console:", m.text()); });
  async function shot(name, fullPage = false) {
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage });
    console.log(`${out}/${name}.png`);
  }
  return { browser, page, shot };
}
