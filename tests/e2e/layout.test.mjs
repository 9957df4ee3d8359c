// What a newcomer saw at 1280×800 in the real app (WebKitGTK): long Swedish words broken in the
// middle without a hyphen ("kompetensförsö|rjning"), a phone number running into Ta bort, an
// activity title of 5 000 characters accepted. Screenshots go to target/e2e-shots/.
import assert from "node:assert/strict";
import path from "node:path";
import {
  scenario, startApp, stopApp, session, cli, tempDir, tid, click, waitFor, waitUntil, screenshot, Keys,
} from "./lib/app.mjs";

/**
 * Every place where a line of a table cell's text ends inside a word without a hyphen there.
 * A line ends where the next visible character sits lower than the one before; the character
 * before the break must then be a space, a soft hyphen (shown as "-"), a hyphen, dash or slash.
 */
const BREAKS_WITHOUT_HYPHEN = `
  const bad = [];
  let breaks = 0;
  const cells = document.querySelectorAll(arguments[0]);
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      let lastTop = null;
      for (let i = 0; i < text.length; i++) {
        if (/\\s|\\u00AD/.test(text[i])) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // WebKit may give a character right after a break a zero-width rect at the end of the
        // line before as well; the widest rect is where the character is drawn.
        const rect = [...range.getClientRects()].sort((x, y) => y.width - x.width)[0];
        if (!rect || rect.width === 0 || rect.height === 0) continue;
        const newLine = lastTop !== null && rect.top > lastTop + 2;
        if (newLine) breaks++;
        if (newLine && !/[\\s\\u00AD\\-–/]/.test(text[i - 1] ?? " ")) {
          const start = text.lastIndexOf(" ", i) + 1;
          const end = text.indexOf(" ", i);
          bad.push(text.slice(start, end < 0 ? undefined : end).replaceAll("\\u00AD", "") + " @" + i);
        }
        lastTop = rect.top;
      }
    }
  }
  return { bad, breaks };`;

scenario("layout at 1280×800: words break with a hyphen, nothing runs into anything", (step) => {
  step("the example council opens on the plan", async () => {
    const file = path.join(tempDir("layout-"), "exempel.radsplan");
    cli("example", file);
    await startApp({ args: ["--open", file] });
    await click(tid("nav-plan"), { timeout: 30_000 });
    await waitUntil(async () => (await session().findAll(tid("activity-row"))).length >= 10, {
      message: "the plan's rows",
    });
  });

  step("no word in the activity table is broken without a hyphen", async () => {
    // Every section unfolded, so the deferred one is measured too.
    await session().execute(`for (const b of document.querySelectorAll('[data-testid="focus-area-section"] button'))
      if (/Visa aktiviteter/.test(b.textContent)) b.click();`);
    const { bad, breaks } = await session().execute(BREAKS_WITHOUT_HYPHEN,
      '[data-testid="activity-row"] td, [data-testid="focus-area-section"] th');
    await screenshot("layout-plan-1280");
    assert.ok(breaks > 100, `the check saw the table's line breaks (${breaks})`);
    assert.deepEqual(bad, [], `words broken without a hyphen: ${bad.join(", ")}`);
    const split = await session().execute(`
      const t = [...document.querySelectorAll('[data-testid="activity-title-cell"]')]
        .map((c) => c.innerText).find((x) => x.replaceAll("\\u00AD", "").includes("kompetensförsörjningen"));
      return t ?? null;`);
    assert.ok(split, "the row with kompetensförsörjningen is shown");
  });

  step("a 5 000-character title is refused with a message naming the field and the limit", async () => {
    const cell = await waitFor(`${tid("activity-row")} ${tid("activity-title-cell")}`);
    await cell.click();
    await session().chord(Keys.ENTER);
    const input = await waitFor(tid("activity-title-input"));
    await session().execute(`
      const el = arguments[0];
      el.value = "kompetensförsörjning ".repeat(250);
      el.dispatchEvent(new Event("input", { bubbles: true }));`, input.json);
    await session().chord(Keys.ENTER);
    await waitFor(tid("cell-error"));
    const message = await session().execute(`return document.querySelector('[data-testid="cell-error"]').textContent;`);
    assert.match(message, /^Aktivitet får vara högst 300 tecken, men texten är 5\u00a0249 tecken\./);
    await screenshot("layout-title-too-long");
    await session().chord(Keys.ESCAPE);
  });

  step("Register → Personer: a long phone number stays clear of Ta bort", async () => {
    await click(tid("nav-register"));
    await click(tid("tab-people"));
    await click(tid("add-person"));
    await (await waitFor(tid("person-name"))).sendKeys("Långt Nummer");
    await (await waitFor(tid("person-phone"))).sendKeys("+46 (0)19-602 10 00 ankn. 12345");
    await click(tid("save-person"));
    await waitUntil(async () => session().execute(`return [...document.querySelectorAll('[data-testid="person-name-cell"]')]
      .some((c) => c.textContent === "Långt Nummer");`), { message: "the new person in the table" });
    const overlaps = await session().execute(`
      return [...document.querySelectorAll('[data-testid="person-row"]')].filter((row) => {
        const phone = row.querySelector('[data-testid="person-phone-cell"]');
        const remove = row.querySelector('[data-testid="delete-person"]');
        const range = document.createRange();
        range.selectNodeContents(phone);
        const text = range.getBoundingClientRect();
        return text.width > 0 && text.right > remove.getBoundingClientRect().left;
      }).map((row) => row.querySelector('[data-testid="person-name-cell"]').textContent);`);
    await screenshot("layout-register-1280");
    assert.deepEqual(overlaps, [], "no phone number reaches into its row's Ta bort");
    await stopApp();
  });
});
