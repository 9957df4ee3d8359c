// Small helpers for tests that set up their state through the real core's commands.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Organisation, Person } from "../lib/bindings";
import { withoutSoftHyphens } from "../lib/hyphenate";
import type { RealCore } from "./harness";

/** An element's text as read, without the soft hyphens added for line breaking. */
export function shownText(element: Element): string {
  return withoutSoftHyphens(element.textContent ?? "");
}

const folders: string[] = [];

/** A new empty folder of this test's own under the system's temp folder, gone after the file's tests. */
export function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "radsplan-ui-test-"));
  folders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export function listPeople(core: RealCore, query = ""): Promise<Person[]> {
  return core.invoke<Person[]>("list_people", { query });
}

export function listOrganisations(core: RealCore, query = ""): Promise<Organisation[]> {
  return core.invoke<Organisation[]>("list_organisations", { query });
}

/** Adds a person without an organisation through core; returns the new id. */
export async function addPerson(core: RealCore, name: string, title = ""): Promise<number> {
  const outcome = await core.invoke<{ value: number }>("add_person", {
    input: { name, title, organisationId: null, email: "", phone: "" },
  });
  return outcome.value;
}

/**
 * Closes the open example (so that all of it is in the file) and opens a copy of it, named
 * `name`, in a folder of its own, after `change` did to the copy what the test needs (made it
 * read-only, damaged it). Returns the copy's path.
 */
export async function openCopyOfExample(
  core: RealCore,
  options: { name?: string; change?: (path: string) => void } = {},
): Promise<string> {
  const example = (await core.status()).file;
  if (!example) throw new Error("openCopyOfExample: no file is open");
  await core.invoke("close_file");
  const copy = path.join(tempFolder(), options.name ?? path.basename(example));
  copyFileSync(example, copy);
  options.change?.(copy);
  await core.invoke("open_recent_file", { path: copy });
  return copy;
}
