// axe-core in the real app's webview: injects ui/node_modules/axe-core/axe.min.js through
// WebDriver and runs the WCAG 2.1 A and AA rules on the page as it is on screen, so a failure
// says which rule broke, how badly, and on which element.

import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { repoRoot, session } from "./app.mjs";

/** The rule sets the gate applies: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let source = null;

/** axe.min.js from the UI's devDependencies (`npm --prefix ui ci` installs it). */
function axeSource() {
  if (source) return source;
  const require = createRequire(path.join(repoRoot, "ui/package.json"));
  let file;
  try {
    file = require.resolve("axe-core/axe.min.js");
  } catch {
    throw new Error("axe-core is not installed in ui/node_modules: run `npm --prefix ui ci`");
  }
  source = fs.readFileSync(file, "utf8");
  return source;
}

// axe decides text contrast only where the text lies inside its background element's box, and
// for a scrolled container it counts that box from the top of what is shown: text scrolled up out
// of sight is "incomplete", never checked. So every scrolled element is put back at its top for
// the run (every line then lies inside its scroll area), and restored afterwards.
const SCROLL_TO_TOP = `
  window.__axeScrolled = [];
  for (const el of document.querySelectorAll("*")) {
    if (el.scrollTop > 0 || el.scrollLeft > 0) {
      window.__axeScrolled.push([el, el.scrollTop, el.scrollLeft]);
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
  }`;
const RESTORE_SCROLL = `
  for (const [el, top, left] of window.__axeScrolled || []) { el.scrollTop = top; el.scrollLeft = left; }
  window.__axeScrolled = [];`;

// Runs in the page as a WebDriver async script: the last argument is the callback.
const RUN = `${SCROLL_TO_TOP}
  const done = arguments[arguments.length - 1];
  const [tags] = arguments;
  const summary = (v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(" "),
      html: n.html.replace(/\\s+/g, " ").slice(0, 160),
      why: n.failureSummary ? n.failureSummary.replace(/\\s+/g, " ").slice(0, 300) : "",
    })),
  });
  window.axe
    .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] })
    .then((r) => done({
      violations: r.violations.map(summary),
      incomplete: r.incomplete.map(summary),
      // How many elements passed the contrast check: 0 would mean the rule saw no text at all.
      contrastPassed: (r.passes.find((p) => p.id === "color-contrast") || { nodes: [] }).nodes.length,
    }))
    .catch((e) => done({ error: String(e && e.stack || e) }));`;

/**
 * Runs axe on the current page. `violations` fail the gate; `incomplete` are the checks axe could
 * not decide by itself (a contrast over an image, say): logged for a person to look at.
 */
export async function axeResults() {
  const s = session();
  const loaded = await s.execute("return typeof window.axe === 'object' && typeof window.axe.run === 'function';");
  if (!loaded) {
    // The script is run as a function body; axe attaches itself to window.
    await s.execute(`${axeSource()}\nreturn typeof window.axe;`);
  }
  const result = await s.cmd("POST", "/execute/async", { script: RUN, args: [WCAG_TAGS] });
  await s.execute(RESTORE_SCROLL);
  if (result?.error) throw new Error(`axe.run failed in the page: ${result.error}`);
  return result;
}

/** A violation list as lines a developer can act on: rule, impact, help, then each node. */
export function describeViolations(violations) {
  return violations
    .map((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.why}`),
    ].join("\n"))
    .join("\n");
}

/** Asserts that axe finds no WCAG 2.1 A/AA violation on the page now; `where` names the place. */
export async function assertAccessible(where) {
  const { violations, incomplete, contrastPassed } = await axeResults();
  if (process.env.E2E_AXE_LOG) {
    // One JSON line per place, for a survey of a whole run (both kinds of result).
    fs.appendFileSync(process.env.E2E_AXE_LOG, JSON.stringify({ where, violations, incomplete, contrastPassed }) + "\n");
  }
  assert.equal(violations.length, 0,
    `axe found ${violations.length} WCAG 2.1 A/AA violation(s) on ${where}:\n${describeViolations(violations)}`);
}
