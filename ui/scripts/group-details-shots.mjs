// Screenshots of a working group's details: the group page with a task for two people, a meeting
// with notes and the reporting to AU meetings; the task dialog with two people ticked; the
// meeting dialog with notes. axe-core (WCAG 2.1 A/AA) runs on the page and on each dialog.
// Usage (starts the real core and Vite itself): node scripts/group-details-shots.mjs [outdir]
import { openShots, runAxe } from "./browser.mjs";

const out = process.argv[2] ?? "/tmp/ui-shots/group-details";
const { browser, page, shot, base } = await openShots(out);

const axe = (name) => runAxe(page, name);

await page.goto(base);
await page.getByTestId("nav-groups").click();
await page.getByTestId("group-row").first().waitFor();
await page.getByTestId("group-row").filter({ hasText: "Förenade anställningar" }).click();
await page.getByTestId("group-title").waitFor();

// A task for two people, ticked from the keyboard.
await page.getByTestId("add-task").click();
await page.getByTestId("task-title-input").fill("Skriva delrapport till arbetsutskottet");
const people = page.getByTestId("task-person");
await people.nth(3).focus();
await page.keyboard.press("Space");
await people.nth(4).focus();
await page.keyboard.press("Space");
await page.getByTestId("task-tidplan-input").fill("9/11");
await shot("01-task-dialog-two-people");
await axe("task dialog");
await page.getByTestId("save-task").click();
await page.getByTestId("task-dialog").waitFor({ state: "detached" });

// A meeting with notes.
await page.getByTestId("add-meeting").click();
await page.getByTestId("meeting-date").fill("2022-10-05");
await page.getByTestId("meeting-purpose-input").fill("Avstämning");
await page.getByTestId("meeting-notes").fill("Ta med:\n- enkätsvaren\n- förslag till disposition\n\nNästa gång: rapportens första utkast.");
await shot("02-meeting-dialog-notes");
await axe("meeting dialog");
await page.getByTestId("save-meeting").click();
await page.getByTestId("meeting-dialog").waitFor({ state: "detached" });

// Reporting at the AU's meeting.
await page.getByTestId("reporting-au-meeting").first().check();
await page.waitForTimeout(300);
await page.getByTestId("meeting-row").first().scrollIntoViewIfNeeded();
await shot("03-group-page");
await page.getByTestId("reporting-section").scrollIntoViewIfNeeded();
await shot("04-group-page-tasks-reporting");
await shot("05-group-page-full", true);
await axe("group page");
await browser.close();
