// The accessibility gate (WCAG 2.1 A and AA, by axe-core) on every place and state a user meets
// in the real app, from the welcome screen to the English interface, in one app session. A new
// place or dialog gets its step here. Where a dialog or menu closes, the keyboard flow is
// checked too: Esc closes it and focus goes back to what opened it.
import assert from "node:assert/strict";
import {
  scenario, startApp, session, tid, click, waitFor, waitGone, waitUntil, textsOf, focusBody, screenshot, Keys,
  EXAMPLE_COUNCIL, repoRoot,
} from "./lib/app.mjs";
import fs from "node:fs";
import path from "node:path";
import { assertAccessible } from "./lib/axe.mjs";
import { answerOpenDialog } from "./lib/native-dialog.mjs";

/** The data-testid of the focused element (or its tag name when it has none). */
const focused = () => session().execute(`
  const e = document.activeElement;
  return e ? (e.dataset.testid || e.tagName.toLowerCase()) : null;`);

/** Presses Esc where focus is, waits for `css` to go, and expects focus back on `returnTo`. */
async function escapeCloses(css, returnTo, what) {
  await session().chord(Keys.ESCAPE);
  await waitGone(css, { what });
  await waitUntil(async () => (await focused()) === returnTo, {
    timeout: 3_000, message: `focus to return to ${returnTo} after Esc closed ${what}`,
  });
}

/**
 * Operates a button from the keyboard: focus, then Enter. Each dialog and menu is opened this way,
 * which proves it keyboard-operable and avoids a pointer click landing on what a late layout
 * change moved under the pointer.
 */
async function press(css) {
  await waitFor(css);
  // Found and focused in one step in the page: a list that re-renders between finding the
  // element and focusing it (a refresh after a change) would otherwise hand over a stale one.
  await waitUntil(() => session().execute(`
    const el = document.querySelector(arguments[0]);
    if (!el) return false;
    el.focus();
    return document.activeElement === el;`, css), { message: `focus on ${css}` });
  await session().chord(Keys.ENTER);
}

/** Sets a field's value as typing would (Tab inside the text would move focus instead). */
const fill = (css, value) => session().execute(`
  const el = document.querySelector(arguments[0]);
  el.focus();
  el.value = arguments[1];
  el.dispatchEvent(new Event("input", { bubbles: true }));`, css, value);

/** Screenshots each checked place for a person to look at (target/e2e-shots/a11y-*.png). */
async function check(where, shot) {
  await assertAccessible(where);
  if (!shot) return;
  // WebKitWebDriver's screenshot is the last frame painted: wait for one after the checked state.
  await session().cmd("POST", "/execute/async", {
    script: "requestAnimationFrame(() => requestAnimationFrame(arguments[0]));", args: [],
  });
  await screenshot(`a11y-${shot}`);
}

const firstSection = `${tid("focus-area-section")}:first-of-type`;

scenario("accessibility: axe finds no WCAG 2.1 A/AA violation anywhere", (step) => {
  step("the welcome screen, with no council file", async () => {
    await startApp();
    await waitFor(tid("open-example"), { timeout: 30_000, what: "the welcome screen's button" });
    await check("the welcome screen", "welcome");
  });

  step("the gate itself fails on a violation, naming the rule and the element", async () => {
    // Without this, a gate that ran no rule (axe not loaded, wrong tags) would pass everything.
    await session().execute(`
      const b = document.createElement("button");
      b.id = "axe-self-test"; b.type = "button";
      document.body.append(b);`);
    try {
      await assert.rejects(assertAccessible("a page with an unnamed button"), (e) => {
        assert.match(e.message, /button-name \(critical\)/);
        assert.match(e.message, /#axe-self-test/);
        return true;
      });
    } finally {
      await session().execute(`document.getElementById("axe-self-test")?.remove();`);
    }
  });

  step("the welcome screen asking for a new council's name", async () => {
    await click(tid("create-council"));
    await waitFor(tid("council-name"));
    await check("the welcome screen's new council form", "welcome-new");
  });

  step("Översikt, the first screen of the example council", async () => {
    await click(tid("open-example"));
    await waitUntil(async () => (await textsOf(tid("app-title")))[0] === EXAMPLE_COUNCIL, {
      timeout: 30_000, message: "the example council to open",
    });
    await waitUntil(async () => (await session().findAll(tid("attention-line"))).length > 0, {
      message: "Översikt's lines",
    });
    await check("Översikt", "overview");
  });

  step("Aktivitetsplan with the example council", async () => {
    await click(tid("nav-plan"));
    await waitUntil(async () => (await session().findAll(tid("focus-area-section"))).length >= 5, {
      message: "the plan's focus areas",
    });
    await check("Aktivitetsplan", "plan");
  });

  step("the plan's goals opened", async () => {
    await click(`${tid("plan-goals")} summary`);
    await waitFor(tid("goal-row"));
    await check("Aktivitetsplan with its goals open", "plan-goals");
    await click(`${tid("plan-goals")} summary`);
  });

  step("a tidplan cell being edited", async () => {
    await click(`${firstSection} ${tid("tidplan-cell")}`);
    await session().chord(Keys.ENTER);
    await waitFor(tid("tidplan-input"));
    await check("a tidplan cell's editor", "plan-cell-editor");
    await escapeCloses(tid("tidplan-input"), "tidplan-cell", "the cell editor");
  });

  step("the priority and status choosers of a row", async () => {
    await click(`${firstSection} ${tid("priority-cell")}`);
    await session().chord(Keys.ENTER);
    await waitFor(tid("priority-select"));
    await check("the priority chooser");
    await session().chord(Keys.ESCAPE);
    await waitGone(tid("priority-select"), { what: "the priority chooser" });
  });

  step("the move-activity dialog; Esc closes it and focus returns to its button", async () => {
    await press(`${firstSection} ${tid("move-activity")}`);
    await waitFor(tid("move-activity-dialog"));
    await check("the move-activity dialog", "plan-move-dialog");
    await escapeCloses(tid("move-activity-dialog"), "move-activity", "the move-activity dialog");
  });

  step("the find and filter bar with a search typed", async () => {
    await fill(tid("plan-search"), "vfu");
    await waitUntil(async () => !(await textsOf(tid("plan-count")))[0]?.startsWith("15 av"), {
      message: "the search to narrow the plan",
    });
    await click(tid("filter-priority-green"));
    await waitUntil(() => session().execute(
      `return document.querySelector('[data-testid="filter-priority-green"]').checked;`), { message: "grön chosen" });
    await check("Aktivitetsplan filtered by a search and a priority", "plan-filtered");
    await click(tid("clear-filter"));
    await waitUntil(async () => (await textsOf(tid("plan-count")))[0]?.startsWith("15 av 15"), {
      message: "all 15 activities again",
    });
  });

  step("the import preview: a table it cannot read, then one it can", async () => {
    await press(`${firstSection} ${tid("paste-activities")}`);
    await waitFor(tid("import-dialog"));
    await check("the paste dialog, empty");
    await fill(tid("import-paste"), "Titel\tTidplan\nNågot\t12/10");
    await waitFor(tid("import-blocked"));
    await check("the import preview that cannot import", "import-blocked");
    await fill(tid("import-paste"), "Aktivitet\tTidplan\tPrioritet\nHandledarträffar\t12/10 och 30/11\tgrön\nNätverksträff\tv. 37\t");
    await waitUntil(async () => (await session().findAll(tid("import-row"))).length === 2, {
      message: "two rows in the preview",
    });
    await check("the import preview", "import-preview");
  });

  step("an info toast after the import", async () => {
    await click(tid("import-confirm"));
    await waitFor(tid("info-toast"));
    await check("the info toast", "toast-info");
  });

  step("the import preview of her Word plan, with the colours seen in the file", async () => {
    await press(tid("import-plan"));
    await answerOpenDialog("Importera en aktivitetsplan",
      path.join(repoRoot, "src-tauri/core/tests/fixtures/import/word_plan_2022.docx"));
    await waitUntil(async () => (await session().findAll(tid("import-row"))).length === 8, {
      message: "the Word plan's 8 rows in the preview",
    });
    assert.equal(await session().execute(
      `return document.querySelector('[data-testid="import-dialog"]').contains(document.activeElement);`), true,
    "after the file dialog and the reading, focus is still in the import dialog (Esc and Tab work)");
    await check("the import preview of a Word file", "import-file-preview");
    await escapeCloses(tid("import-dialog"), "import-plan", "the import dialog");
  });

  step("the delete-activity dialog, from the Delete key on a row", async () => {
    await press(`${firstSection} ${tid("activity-title-cell")}`);
    await session().chord(Keys.ESCAPE); // Enter opened the title's editor; Esc leaves the cell selected
    await waitGone(tid("activity-title-input"), { what: "the title editor" });
    await session().chord(Keys.DELETE);
    await waitFor(tid("confirm-dialog"));
    await check("the delete-activity dialog");
    await escapeCloses(tid("confirm-dialog"), "activity-title-cell", "the delete-activity dialog");
  });

  step("after deleting an activity, focus is on the row that took its place", async () => {
    const ids = () => session().execute(`return [...document.querySelectorAll(
      '[data-testid="focus-area-section"]:first-of-type [data-testid="activity-row"]')].map((r) => r.dataset.activityId);`);
    const [first, second] = await ids();
    await press(`${firstSection} ${tid("activity-row")}[data-activity-id="${first}"] ${tid("delete-activity")}`);
    await press(tid("confirm-delete"));
    await waitUntil(async () => !(await ids()).includes(first), { message: "the row to be deleted" });
    await waitUntil(() => session().execute(`
      const e = document.activeElement;
      return e.dataset.col === "title" && e.closest('[data-testid="activity-row"]').dataset.activityId === arguments[0];`,
    second), { timeout: 3_000, message: "focus on the title cell of the row below the deleted one" });
    await focusBody();
    await session().chord(Keys.CONTROL, "z");
    await waitUntil(async () => (await ids()).includes(first), { message: "undo to bring the row back" });
  });

  step("the Exportera menu; Esc closes it and focus returns to its button", async () => {
    await press(tid("export-plan"));
    await waitFor(tid("export-pdf"));
    await check("the open Exportera menu", "plan-export-menu");
    await escapeCloses(tid("export-pdf"), "export-plan", "the Exportera menu");
  });

  step("the focus area dialogs: edit, defer, delete", async () => {
    await press(`${firstSection} ${tid("edit-focus-area")}`);
    await waitFor(tid("focus-area-dialog"));
    await check("the focus area's edit dialog");
    await escapeCloses(tid("focus-area-dialog"), "edit-focus-area", "the focus area dialog");

    await press(`${firstSection} ${tid("defer-focus-area")}`);
    await waitFor(tid("defer-confirm"));
    await check("the defer-focus-area dialog");
    await escapeCloses(tid("defer-confirm"), "defer-focus-area", "the defer dialog");

    await press(`${firstSection} ${tid("delete-focus-area")}`);
    await waitFor(tid("confirm-dialog"));
    await check("the delete-focus-area dialog", "plan-delete-focus-area");
    await escapeCloses(tid("confirm-dialog"), "delete-focus-area", "the delete-focus-area dialog");
  });

  step("after deleting a focus area, focus is on the next one's first tool", async () => {
    const sectionIds = () => session().execute(`return [...document.querySelectorAll(
      '[data-testid="focus-area-section"]')].map((s) => s.dataset.focusAreaId);`);
    const [gone, next] = await sectionIds();
    await press(`${firstSection} ${tid("delete-focus-area")}`);
    await press(tid("confirm-delete")); // its activities move to the next focus area (the default)
    await waitUntil(async () => !(await sectionIds()).includes(gone), { message: "the focus area deleted" });
    await waitUntil(() => session().execute(`
      const e = document.activeElement;
      return e.dataset.testid === "edit-focus-area"
        && e.closest('[data-testid="focus-area-section"]').dataset.focusAreaId === arguments[0];`, next),
    { timeout: 3_000, message: "focus on the next focus area's Byt namn/beskriv" });
    await focusBody();
    await session().chord(Keys.CONTROL, "z");
    await waitUntil(async () => (await sectionIds())[0] === gone, { message: "undo to bring the focus area back first" });
  });

  step("the plan status and new plan dialogs", async () => {
    await press(tid("change-plan-status"));
    await waitFor(tid("plan-status-dialog"));
    await check("the plan status dialog");
    await escapeCloses(tid("plan-status-dialog"), "change-plan-status", "the plan status dialog");

    await press(tid("new-plan"));
    await waitFor(tid("new-plan-dialog"));
    await check("the new plan dialog");
    // Space chooses a radio button (Enter would submit the form).
    await session().execute("arguments[0].focus();", await waitFor(tid("new-plan-from-previous")));
    await session().chord(" ");
    await press(tid("new-plan-next"));
    await waitFor(tid("carry-row"));
    const ring = await session().execute(`
      const e = document.activeElement, s = getComputedStyle(e);
      return [e.dataset.testid, s.outlineStyle, s.outlineWidth].join(" ");`);
    assert.equal(ring, "carry-check solid 3px",
      "the first activity's box takes focus when the step changes, with the focus ring shown");
    await check("the new plan dialog's carry-over list", "plan-new-carry");
    await escapeCloses(tid("new-plan-dialog"), "new-plan", "the new plan dialog");
  });

  step("a field's error is tied to its field, which gets focus", async () => {
    await press(`${firstSection} ${tid("edit-focus-area")}`);
    await waitFor(tid("focus-area-dialog"));
    await fill(tid("focus-area-name"), "");
    await press(tid("save-focus-area"));
    const error = await waitFor(`${tid("focus-area-dialog")} .field-error`);
    const errorId = await error.attribute("id");
    assert.ok(errorId, "the error has an id to be referred to");
    assert.equal(await (await waitFor(tid("focus-area-name"))).attribute("aria-describedby"), errorId,
      "a screen reader reads the error with the field");
    assert.equal(await focused(), "focus-area-name", "focus goes to the field to correct");
    await check("a focus area's name left empty", "plan-field-error");
    await session().chord(Keys.ESCAPE);
    await waitGone(tid("focus-area-dialog"), { what: "the focus area dialog" });
  });

  step("the File menu", async () => {
    await press(tid("file-menu"));
    await waitFor(tid("file-new"));
    await check("the open File menu", "file-menu");
    await escapeCloses(tid("file-new"), "file-menu", "the File menu");
    await press(tid("file-menu"));
    await waitUntil(async () => (await focused()) === "file-new", { message: "focus on the menu's first item" });
    await session().chord(Keys.ENTER);
    await waitFor(tid("new-council-dialog"));
    await check("the new council dialog", "file-new-council");
    await escapeCloses(tid("new-council-dialog"), "file-menu", "the new council dialog");
  });

  step("Register: people, opened at its top although the plan was scrolled", async () => {
    await session().execute(`document.getElementById("place").scrollTop = 900;`);
    assert.ok(await session().execute(`return document.getElementById("place").scrollTop > 0;`), "the plan scrolls");
    await click(tid("nav-register"));
    await click(tid("tab-people"));
    await waitFor(tid("person-row"));
    assert.equal(await session().execute(`return document.getElementById("place").scrollTop;`), 0,
      "another place starts at its top, its heading in sight");
    await check("Register, people", "register-people");
    await press(tid("add-person"));
    await waitFor(tid("person-form"));
    await check("the new person form", "register-person-form");
    await escapeCloses(tid("person-form"), "add-person", "the person form");
    await press(tid("person-row"));
    await waitFor(tid("person-form"));
    await check("a person's edit form", "register-person-edit");
    await escapeCloses(tid("person-form"), "person-row", "the person's edit form");
  });

  step("an error toast: a person still in a working group cannot be deleted", async () => {
    const names = await textsOf(`${tid("person-row")} ${tid("person-name-cell")}`);
    const at = names.map((n) => n.trim()).indexOf("Eva Sjöberg");
    assert.ok(at >= 0, `Eva Sjöberg, convener of a working group, is in the people list: ${JSON.stringify(names)}`);
    const rows = await session().findAll(tid("person-row"));
    await (await rows[at].find(tid("delete-person"))).click();
    await waitFor(tid("confirm-dialog"));
    await check("the delete-person dialog");
    await press(tid("confirm-delete"));
    await waitFor(tid("error-toast"));
    await check("an error toast", "error-toast");
    await session().chord(Keys.ESCAPE);
    await waitGone(tid("error-toast"), { what: "the error toast, after Esc" });
  });

  step("after deleting a person, focus is on the row that took its place", async () => {
    const names = async () => (await textsOf(`${tid("person-row")} ${tid("person-name-cell")}`)).map((n) => n.trim());
    await press(tid("add-person"));
    await fill(tid("person-name"), "Ada Fokusson");
    await press(tid("save-person"));
    await waitUntil(async () => (await names()).includes("Ada Fokusson"), { message: "the new person listed" });
    const list = await names();
    const at = list.indexOf("Ada Fokusson");
    const next = list[at + 1] ?? list[at - 1];
    await press(`${tid("person-row")}:nth-child(${at + 1}) ${tid("delete-person")}`);
    await press(tid("confirm-delete"));
    await waitUntil(async () => !(await names()).includes("Ada Fokusson"), { message: "the person deleted" });
    await waitUntil(() => session().execute(`
      const e = document.activeElement;
      return e.dataset.testid === "person-row"
        && e.querySelector('[data-testid="person-name-cell"]').innerText.trim() === arguments[0];`, next),
    { timeout: 3_000, message: `focus on ${next}, the row that took the deleted one's place` });
  });

  step("Register: organisations, and an organisation's form", async () => {
    await click(tid("tab-organisations"));
    await waitFor(tid("organisation-row"));
    await check("Register, organisations", "register-organisations");
    await press(tid("add-organisation"));
    await waitFor(tid("organisation-form"));
    await check("the new organisation form", "register-organisation-form");
    await escapeCloses(tid("organisation-form"), "add-organisation", "the organisation form");
  });

  step("Workshops: the example's workshop, its groups and the grid; its dialogs close on Esc", async () => {
    await click(tid("nav-workshops"));
    await waitFor(tid("assessment-grid"), { what: "the example workshop's grid" });
    await check("Workshops with the example's three groups", "workshops");
    await press(tid("new-workshop"));
    await waitFor(tid("workshop-dialog"));
    await check("the new workshop dialog", "workshop-new");
    await escapeCloses(tid("workshop-dialog"), "new-workshop", "the new workshop dialog");
    await press(`${tid("assessment-cell")}`);
    await waitFor(tid("comment-dialog"), { what: "Enter in a group's cell opens its comment" });
    await check("a group's comment dialog", "workshop-comment");
    await escapeCloses(tid("comment-dialog"), "assessment-cell", "the comment dialog");
  });

  step("Workshops: the notes board with a pasted table, its dialogs, and projector mode", async () => {
    await press(tid("workshop-tab-notes"));
    await waitFor(tid("note-row"), { what: "the notes board's categories" });
    await press(tid("notes-paste"));
    await waitFor(tid("notes-paste-dialog"));
    await fill(tid("notes-paste-text"), "Styrning\t\tPlanering\t\nMöjligheter\tHinder\tMöjligheter\tHinder\n"
      + "Ekonomiska förutsättningar\tOlika prioriteringar\tDigitalisering\tMånga olika huvudmän\n");
    await waitFor(tid("notes-paste-row"), { what: "the paste preview's rows" });
    await check("the notes paste preview", "notes-paste");
    await press(tid("notes-paste-confirm"));
    await waitGone(tid("notes-paste-dialog"), { what: "the paste dialog after Lägg in" });
    await waitFor(tid("note-text"), { what: "the pasted notes on the board" });
    await check("the notes board with notes", "notes-board");
    await press(tid("note-to-activity"));
    await waitFor(tid("note-to-activity-dialog"));
    await check("the note to activity dialog", "notes-to-activity");
    await escapeCloses(tid("note-to-activity-dialog"), "note-to-activity", "the note to activity dialog");
    await press(tid("projector-open"));
    await waitFor(tid("projector"), { what: "projector mode" });
    await check("projector mode", "projector");
    await escapeCloses(tid("projector"), "projector-open", "projector mode");
    await press(tid("workshop-tab-grid"));
    await waitFor(tid("assessment-grid"));
  });

  step("Arbetsgrupper: the list, the new group dialog, a group's page and its dialogs, deadlines", async () => {
    await click(tid("nav-groups"));
    await waitFor(tid("group-row"));
    await check("Arbetsgrupper", "groups");
    await press(tid("add-group"));
    await waitFor(tid("group-dialog"));
    await check("the new working group dialog", "groups-new");
    await escapeCloses(tid("group-dialog"), "add-group", "the new working group dialog");
    // The second group has meetings, and tasks anchored to them.
    await press(`${tid("group-row")}:nth-child(2)`);
    await waitFor(tid("group-title"));
    await waitFor(tid("meeting-row"));
    await check("a working group's page", "group-page");
    await session().execute(`document.querySelector('[data-testid="add-task"]').scrollIntoView();`);
    await check("a working group's tasks", "group-tasks");
    await press(tid("add-member"));
    await waitFor(tid("member-dialog"));
    await check("the add-member dialog", "group-member");
    await escapeCloses(tid("member-dialog"), "add-member", "the add-member dialog");
    await press(tid("add-meeting"));
    await waitFor(tid("meeting-dialog"));
    await fill(tid("meeting-date"), "2022-10-05");
    await fill(tid("meeting-starts"), "13");
    await fill(tid("meeting-ends"), "12");
    await press(tid("save-meeting"));
    await waitFor(tid("meeting-endsAt-error"));
    await check("the meeting dialog with core's refusal next to the end time", "group-meeting");
    await escapeCloses(tid("meeting-dialog"), "add-meeting", "the meeting dialog");
    await press(`${tid("task-row")}:first-child`);
    await waitFor(tid("task-dialog"));
    await check("the task dialog", "group-task");
    await session().chord(Keys.ESCAPE);
    await waitGone(tid("task-dialog"), { what: "the task dialog" });
    await click(tid("groups-tab-deadlines"));
    await waitFor(tid("deadline-row"));
    await check("Tidsfrister", "groups-deadlines");
    await click(tid("groups-tab-committee"));
    await waitFor(tid("meeting-row"), { what: "the AU's meeting of 23 sep 2022" });
    await check("AU:s möten", "groups-committee");
    await click(tid("groups-tab-groups"));
    await click(tid("groups-back"));
    await waitFor(tid("group-row"));
    await press(tid("import-mandate"));
    // The dialog asks for the file straight away.
    await answerOpenDialog("Importera en uppdragsbeskrivning",
      path.join(repoRoot, "src-tauri/core/tests/fixtures/mandate/mandate_004.docx"));
    await waitFor(tid("mandate-facts"), { what: "the mandate's preview" });
    await check("the mandate import preview", "groups-mandate-import");
    await escapeCloses(tid("mandate-import-dialog"), "import-mandate", "the mandate import dialog");
  });

  step("Inställningar, every section, with a backup listed", async () => {
    await click(tid("nav-settings"));
    await waitFor(tid("backups-section"));
    await waitFor(tid("backup-row"), { timeout: 20_000, what: "the backup taken on opening" });
    await check("Inställningar", "settings");
    await session().execute(`document.querySelector('[data-testid="backups-section"]').scrollIntoView();`);
    await check("Inställningar, at Säkerhetskopior", "settings-backups");
  });

  step("a county being renamed", async () => {
    await press(`${tid("county-row")}:first-child button.link`);
    await waitFor(`${tid("county-row")} input`);
    await check("a county's rename field", "settings-county-rename");
    await session().chord(Keys.ESCAPE);
    await waitGone(`${tid("county-row")} input`, { what: "the county's rename field" });
  });

  step("the file check's report", async () => {
    await press(tid("check-file"));
    await waitFor(tid("health-report"));
    await check("the file check's report", "settings-health");
  });

  step("restoring a backup: the dialog", async () => {
    await press(tid("backup-restore"));
    await waitFor(tid("restore-dialog"));
    await check("the restore dialog", "settings-restore");
    await escapeCloses(tid("restore-dialog"), "backup-restore", "the restore dialog");
  });

  step("the unsaved-settings dialog", async () => {
    await fill(tid("settings-council-name"), "Rådet med ett nytt namn");
    await click(tid("nav-plan"));
    await waitFor(tid("unsaved-dialog"));
    await check("the unsaved-settings dialog", "settings-unsaved");
    await click(tid("unsaved-discard"));
    await waitGone(tid("unsaved-dialog"), { what: "the unsaved-settings dialog" });
  });

  step("the English interface: Settings and the plan", async () => {
    await click(tid("nav-settings"));
    const select = await waitFor(tid("language-select"));
    await session().execute(`
      const s = arguments[0]; s.value = "en";
      s.dispatchEvent(new Event("change", { bubbles: true }));`, select.json);
    await waitUntil(async () => (await session().execute("return document.documentElement.lang")) === "en"
      || (await textsOf("h1"))[0] === "Settings", { message: "the interface in English" });
    await check("Settings in English", "settings-en");
    await click(tid("nav-plan"));
    await waitFor(tid("focus-area-section"));
    await check("the plan in English", "plan-en");
  });

  step("Tab walks header, sidebar, then the place, each stop showing a focus ring", async () => {
    await focusBody();
    const stops = [];
    for (let i = 0; i < 16; i++) {
      await session().chord(Keys.TAB);
      stops.push(await session().execute(`
        const e = document.activeElement;
        // A chip's checkbox is drawn by its label, which takes the ring (:focus-within).
        const ringed = [e, e.parentElement].some((x) => {
          const s = x && getComputedStyle(x);
          return s && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
        });
        return { id: e.dataset.testid || e.id || e.tagName.toLowerCase(), ringed };`));
    }
    const ids = stops.map((s) => s.id);
    const at = (id) => ids.indexOf(id);
    assert.ok(at("file-menu") >= 0 && at("nav-plan") > at("file-menu") && at("nav-settings") > at("nav-plan"),
      `the header's File menu, then the places in order: ${ids.join(" → ")}`);
    assert.ok(at("plan-year-select") > at("nav-settings"), `then the plan itself: ${ids.join(" → ")}`);
    const unringed = stops.filter((s) => !s.ringed).map((s) => s.id);
    assert.deepEqual(unringed, [], `every stop shows a focus ring of 2 px or more: ${ids.join(" → ")}`);
  });

  /** File → Stäng (the menu's last item, reached with End), back to the welcome screen. */
  async function closeFile() {
    await press(tid("file-menu"));
    await waitFor(tid("file-close"));
    await session().chord(Keys.END);
    await waitUntil(async () => (await focused()) === "file-close", { message: "focus on the last item, Close" });
    await session().chord(Keys.ENTER);
    await waitFor(tid("recent-file"), { what: "the recent file on the welcome screen" });
  }

  step("the welcome screen after closing the file, with it among the recent files, in both languages", async () => {
    await closeFile();
    await check("the welcome screen with a recent file, in English", "welcome-recent-en");
    await press(tid("recent-open"));
    await click(tid("nav-settings"));
    const select = await waitFor(tid("language-select"));
    await session().execute(`
      const s = arguments[0]; s.value = "sv";
      s.dispatchEvent(new Event("change", { bubbles: true }));`, select);
    await waitUntil(async () => (await session().execute("return document.documentElement.lang")) === "sv",
      { message: "the interface in Swedish again" });
    await closeFile();
    await check("the welcome screen with a recent file", "welcome-recent");
  });

  step("a damaged file's offer of its newest good backup, and the window after restoring it", async () => {
    // The file is closed (the step before); it is damaged as a sync client would: header kept.
    const file = await session().execute(
      `return document.querySelector('[data-testid="recent-file"] .recent-path').textContent;`);
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 100);
    fs.writeFileSync(file, bytes);
    await press(tid("recent-open"));
    await waitFor(tid("damaged-file-dialog"), { what: "the offer of the newest good backup" });
    assert.equal(await focused(), "damaged-restore", "the offer's action has focus");
    await check("the damaged file's dialog", "damaged-file");
    await session().chord(Keys.ENTER);
    await waitFor(tid("file-notice"), { what: "the notice of where the damaged file is kept" });
    await check("the restored file with its notice", "damaged-restored");
    assert.ok(fs.readdirSync(path.dirname(file)).some((n) => n.includes("(skadad ")),
      "the damaged file is kept beside it");
  });
});
