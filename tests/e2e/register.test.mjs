// Foundation scenario on the real app, from an empty data folder: open the example council,
// add a person in the register, undo/redo it from the keyboard, quit and find it again in the
// remembered file, and check that a name that looks like HTML stays text.
import assert from "node:assert/strict";
import {
  scenario, startApp, stopApp, session, tid, click, waitFor, waitForText, waitUntil,
  focusBody, textsOf, Keys, EXAMPLE_COUNCIL,
} from "./lib/app.mjs";

const PERSON = "Testa Åkesson-Öberg";
const HTML_NAME = "<img src=x onerror=alert(1)>";

const peopleNames = () => textsOf(`${tid("person-row")} ${tid("person-name-cell")}`);

async function waitForPerson(name, present = true) {
  await waitUntil(async () => (await peopleNames()).includes(name) === present, {
    message: `the people table to ${present ? "show" : "no longer show"} ${JSON.stringify(name)}`,
  });
}

async function openPeople() {
  await click(tid("nav-register"));
  await click(tid("tab-people"));
  await waitFor(tid("add-person"));
}

async function addPerson(name) {
  await click(tid("add-person"));
  await waitFor(tid("person-form"));
  const input = await waitFor(tid("person-name"));
  await input.clear();
  await input.sendKeys(name);
  await click(tid("save-person"));
  await waitForPerson(name);
}

async function buttonEnabled(id) {
  const el = await waitFor(tid(id));
  return el.isEnabled();
}

scenario("register: a person survives undo, redo and a restart", (step) => {
  step("starting with no data shows the welcome screen", async () => {
    await startApp();
    await waitFor(tid("open-example"), { timeout: 30_000, what: "the welcome screen's button" });
  });

  step("opening the example council shows its name in the header", async () => {
    await click(tid("open-example"));
    await waitForText(tid("app-title"), EXAMPLE_COUNCIL);
  });

  step("a person added in Register → People appears as a row", async () => {
    await openPeople();
    assert.ok(!(await peopleNames()).includes(PERSON), "the example council has no such person yet");
    await addPerson(PERSON);
    assert.equal(await buttonEnabled("undo"), true, "adding a person is a step that can be undone");
  });

  step("Ctrl+Z removes the person again", async () => {
    await focusBody(); // a shortcut typed into an input would be the input's own undo
    await session().chord(Keys.CONTROL, "z");
    await waitForPerson(PERSON, false);
    assert.equal(await buttonEnabled("redo"), true, "the undone step can be redone");
  });

  step("Ctrl+Shift+Z brings the person back", async () => {
    await focusBody();
    await session().chord(Keys.CONTROL, Keys.SHIFT, "z");
    await waitForPerson(PERSON, true);
    assert.equal(await buttonEnabled("redo"), false, "nothing is left to redo");
    assert.equal(await buttonEnabled("undo"), true, "the re-added person can be undone again");
  });

  step("after quitting, the app reopens the remembered file with the person in it", async () => {
    await stopApp();
    await startApp(); // no args: the app opens the last file it had open
    await waitForText(tid("app-title"), EXAMPLE_COUNCIL, { timeout: 30_000 });
    await openPeople();
    await waitForPerson(PERSON, true);
  });

  step("a name that looks like HTML is shown as text, never as markup", async () => {
    await addPerson(HTML_NAME);
    const texts = await peopleNames();
    assert.ok(texts.includes(HTML_NAME), `a name cell reads exactly ${HTML_NAME}; cells: ${JSON.stringify(texts)}`);
    const imgs = await session().execute(`
      const row = document.querySelector('[data-testid="person-row"]');
      const table = row && (row.closest('table, [role="table"], [role="grid"]') || row.parentElement);
      return table ? table.querySelectorAll('img').length : -1;`);
    assert.equal(imgs, 0, "no <img> was created inside the people table");
    const alertText = await session().cmd("GET", "/alert/text").then((t) => t, () => null);
    assert.equal(alertText, null, "no alert() ran");
  });
});
