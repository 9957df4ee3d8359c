// Screenshots of the import preview against the real core (radsplan dev-bridge): a Word table pasted
// as HTML with rows coloured by hand, a column that is not imported and a row without a title.
// Usage (starts the real core and Vite itself): node scripts/import-screenshots.mjs [outdir]
import { openShots } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/import";
const { browser, page, shot, base, bridge } = await openShots(out);

// As Word puts a coloured table on the clipboard (trimmed): shading on cells, highlighted text.
const html = `<table>
  <tr><td><p>Aktivitet</p></td><td><p>Tidplan</p></td><td><p>Kommentar</p></td></tr>
  <tr><td style="background:#00B050"><p>Samordna arbetet med det gemensamma utbildningsuppdraget (VFU)</p></td><td><p>vecka 10-12</p></td><td>viktig</td></tr>
  <tr><td><p><span style="mso-highlight:yellow">Inventera och utveckla handledarutbildning</span></p></td><td><p>HT 2022</p></td><td></td></tr>
  <tr><td style="background:#FF0000"><p>Säkerställ kvaliteten i VFU-platserna</p></td><td></td><td></td></tr>
  <tr><td></td><td><p>Q3</p></td><td>raden saknar titel</td></tr>
  <tr><td style="background:#0070C0"><p>Introduktionsår/etableringsår</p></td><td></td><td></td></tr>
</table>`;

await page.goto(base);
await page.getByTestId("activity-row").first().waitFor();
await page.getByTestId("paste-activities").nth(1).click();
const area = page.getByTestId("import-paste");
await area.waitFor();
await area.evaluate((el, pasted) => {
  const data = new DataTransfer();
  data.setData("text/html", pasted);
  data.setData("text/plain", "ignored");
  el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
}, html);
await page.getByTestId("import-row").nth(4).waitFor();
await shot("01-import-preview-colours");
await page.getByTestId("import-priority").nth(4).selectOption("yellow");
await page.getByTestId("import-skip-bad").scrollIntoViewIfNeeded();
await shot("02-import-skip-bad-rows");
await browser.close();
