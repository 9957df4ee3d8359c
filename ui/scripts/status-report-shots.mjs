// Screenshots of the lägesrapport in Rapporter: the preview with a decision point typed beside it,
// the confirmation of "Skicka till AU", and the records after sending, checked with Kontrollera
// fil. Driven from the keyboard (Tab to the entry, Enter); axe-core (WCAG 2.1 A/AA) runs on each.
// Usage (starts the real core and Vite itself): node scripts/status-report-shots.mjs [outdir]
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openShots, runAxe, tabTo } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/status-report";
const { browser, page, shot, base, bridge } = await openShots(out);
const axe = (name) => runAxe(page, name);

// An AU meeting ten days from now, as the secretary would have added it.
const au = await bridge("/invoke/get_committee", { year: 2022 });
const heldOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
await bridge("/invoke/add_meeting", {
  owner: { kind: "committee", id: au.id },
  input: { heldOn, whenText: "", startsAt: "", endsAt: "", mode: null, place: "", purpose: "AU-möte", notes: "" },
});

await page.goto(base);
await page.getByTestId("nav-reports").click();
await page.getByTestId("report-status-report").waitFor();
await tabTo(page, "report-status-report");
await page.keyboard.press("Enter");
await page.getByTestId("document-preview").waitFor({ timeout: 20_000 });

await tabTo(page, "new-point-text");
await page.keyboard.type("Nytt datum för vårens workshop");
await page.keyboard.press("Tab");
await page.keyboard.type("AU fastställer den 12 maj.");
await page.keyboard.press("Enter");
await page.getByTestId("document-preview").getByText("AU fastställer den 12 maj.").waitFor({ timeout: 20_000 });
await shot("01-status-report-with-decision-point");
await axe("lägesrapport with a decision point");
await page.getByTestId("document-preview").getByText("AU fastställer den 12 maj.").scrollIntoViewIfNeeded();
await shot("02-status-report-decision-point-in-preview");

const target = path.join(mkdtempSync(path.join(tmpdir(), "status-report-")), "Lägesrapport.pdf");
await bridge("/test/answer-dialog", { path: target });
await page.getByTestId("status-send").focus();
await page.keyboard.press("Enter");
await page.getByTestId("confirm-dialog").waitFor();
await shot("03-send-confirmation");
await axe("send confirmation");
await page.getByTestId("confirm-action").focus();
await page.keyboard.press("Enter");
await page.getByTestId("report-record").first().waitFor({ timeout: 20_000 });

await bridge("/test/answer-dialog", { path: target });
await page.getByTestId("report-verify").focus();
await page.keyboard.press("Enter");
await page.getByTestId("report-verify-answer").waitFor({ timeout: 20_000 });
await page.getByTestId("report-records").scrollIntoViewIfNeeded();
await shot("04-records-and-check");
await axe("records and Kontrollera fil");
await browser.close();
