// The Aktivitetsplan and Register at the two window sizes a secretary has (1280×800 laptop,
// 1920×1080 screen), to check that long Swedish words break with a hyphen and nothing is cut.
// Usage (starts the real core and Vite itself): node scripts/layout-shots.mjs [outdir]
import { mkdir } from "node:fs/promises";
import { openBrowser, startPreview } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/layout";
await mkdir(out, { recursive: true });
const preview = await startPreview();
const base = preview.url;
const { browser } = await openBrowser();
for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on("pageerror", (e) => console.error("page error:", e.message));
  const shot = async (name) => {
    await page.waitForTimeout(300);
    const path = `${out}/${name}-${width}.png`;
    await page.screenshot({ path });
    console.log(path);
  };
  await page.goto(base);
  await page.getByTestId("activity-row").first().waitFor();
  await shot("plan-top");
  await page.getByTestId("activity-row").filter({ hasText: "kompetensförsörjningen" }).first().scrollIntoViewIfNeeded();
  await shot("plan-long-words");
  await page.getByTestId("nav-register").click();
  await page.getByTestId("person-name-cell").first().waitFor();
  await shot("register-people");
  await page.close();
}
await browser.close();
await preview.stop();
