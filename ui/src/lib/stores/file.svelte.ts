// The stores of the open file: made when a file opens (OpenFile.svelte, inside the app's
// `{#key file}`), gone when it closes. Another file gets new ones, so nothing of one council
// (its plan year, filter, rows, register, backups) can leak into the next, and no store needs a
// reset.
import { BackupsState } from "./backups.svelte";
import { PlanState } from "./plan.svelte";
import { RegisterState } from "./register.svelte";
import { SettingsState } from "./settings.svelte";
import { WorkshopsState } from "./workshops.svelte";
import { NotesState } from "./notes.svelte";
// Arbetsgrupper.
import { GroupsState } from "./groups.svelte";
// Översikt.
import { OverviewState } from "./overview.svelte";
// Tidslinje.
import { TimelineState } from "./timeline.svelte";
// Rapporter.
import { ReportsState } from "./reports.svelte";

export class FileStores {
  readonly plan = new PlanState();
  readonly register = new RegisterState();
  readonly settings = new SettingsState();
  readonly backups = new BackupsState();
  readonly workshops = new WorkshopsState();
  /** The notes board of the workshop shown in Workshops. */
  readonly notes = new NotesState();
  // Arbetsgrupper.
  readonly groups = new GroupsState();
  // Översikt.
  readonly overview = new OverviewState();
  // Tidslinje.
  readonly timeline = new TimelineState();
  // Rapporter.
  readonly reports = new ReportsState();

  constructor(readonly file: string) {}
}

let current: FileStores | null = null;

export function openFileStores(file: string): FileStores {
  current = new FileStores(file);
  return current;
}

export function closeFileStores(stores: FileStores): void {
  if (current === stores) current = null;
}

/** The open file's stores, or null on the welcome screen. */
export function openStores(): FileStores | null {
  return current;
}

/** The open file's stores, for a component of the open file (made under OpenFile.svelte). */
export function fileStores(): FileStores {
  if (current === null) throw new Error("fileStores(): no file is open");
  return current;
}
