// A small in-memory stand-in for the Rust core, speaking the IPC contract. Used by the browser
// preview (dev-mock.ts) and by component tests; it records every call so tests can assert them.
import type { ApiError, AppStatus, RecentFile, Changes, CouncilProfile, Entity, ErrorCode, Goal, Language, Organisation, OrganisationInput, Person, PersonInput } from "../bindings";
import type { Seed } from "./example-data";
import { ApiFailure, collator, find, fromSeed, matches, requireName, type Call, type Data } from "./fake-data";
import { FakeBackups, NOT_BACKUP } from "./fake-backup";
import { NOT_IMPORT, importCommand } from "./fake-import";
import { NOT_MINE, planCommand } from "./fake-plan";

export { ApiFailure, type Call } from "./fake-data";

export class FakeBackend {
  calls: Call[] = [];
  file: string | null;
  language: Language = "sv";
  #data: Data;
  #seed: Seed;
  #undo: { label: string; before: Data; entities: Entity[] }[] = [];
  #redo: { label: string; before: Data; entities: Entity[] }[] = [];
  #failures = new Map<string, ApiError>();
  backups = new FakeBackups();

  constructor(seed: Seed, file: string | null = "/home/sekreterare/Rådsplan/exempel.radsplan") {
    this.#seed = seed;
    this.#data = fromSeed(seed);
    this.file = file;
    if (file) this.#remember(file, this.#data);
  }

  /** A file opened: its contents kept, and first among the recent files, as the real config does. */
  #remember(file: string, data: Data): void {
    this.#files.set(file, data);
    const name = file.split("/").at(-1)!.replace(/\.radsplan$/, "");
    this.recent = [{ path: file, name, missing: false }, ...this.recent.filter((r) => r.path !== file)].slice(0, 8);
  }

  /** The next call of `cmd` rejects with this error. */
  failNext(cmd: string, code: ErrorCode, message: string): void {
    this.#failures.set(cmd, new ApiFailure(code, message));
  }

  callsOf(cmd: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.cmd === cmd).map((c) => c.args);
  }

  handle = (cmd: string, rawArgs: unknown): unknown => {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    this.calls.push({ cmd, args });
    const failure = this.#failures.get(cmd);
    if (failure) {
      this.#failures.delete(cmd);
      throw failure;
    }
    return this.#dispatch(cmd, args);
  };

  /** What the real app says on the welcome screen when the remembered file could not open. */
  notice: string | null = null;
  /** The real app opens a write-protected file read-only. */
  readOnly = false;

  /** The files opened, as the real app's config remembers them (most recent first). */
  recent: RecentFile[] = [];
  /** Each file's contents, so a recent file opens as it was left. */
  #files = new Map<string, Data>();
  #planYears = new Map<string, number>();

  status(): AppStatus {
    return {
      file: this.file,
      councilName: this.file ? this.#data.councilName : null,
      language: this.language,
      undo: this.#undo.at(-1)?.label ?? null,
      redo: this.#redo.at(-1)?.label ?? null,
      notice: this.notice,
      recentFiles: this.recent.map((r) => ({ ...r, missing: r.missing || !this.#files.has(r.path) })),
      planYear: this.file ? this.#planYears.get(this.file) ?? null : null,
      readOnly: this.file !== null && this.readOnly,
    };
  }

  #changes(entities: Entity[]): Changes {
    return { entities, undo: this.#undo.at(-1)?.label ?? null, redo: this.#redo.at(-1)?.label ?? null };
  }

  #transact<T>(label: string, entities: Entity[], change: (d: Data) => T) {
    const before = structuredClone(this.#data);
    const value = change(this.#data);
    this.#undo.push({ label, before, entities });
    this.#redo = [];
    return { value, changes: this.#changes(entities) };
  }

  #open(file: string, data: Data): AppStatus {
    this.file = file;
    this.#data = data;
    this.#remember(file, data);
    this.#undo = [];
    this.#redo = [];
    return this.status();
  }

  #organisation(o: Data["organisations"][number]): Organisation {
    return {
      ...o,
      countyName: this.#data.counties.find((c) => c.id === o.countyId)?.name ?? null,
      peopleCount: this.#data.people.filter((p) => p.organisationId === o.id).length,
    };
  }

  #person(p: Data["people"][number]): Person {
    const org = this.#data.organisations.find((o) => o.id === p.organisationId);
    return { ...p, organisationName: org?.name ?? null, partyKind: org?.kind ?? null };
  }

  #dispatch(cmd: string, a: Record<string, unknown>): unknown {
    const d = this.#data;
    switch (cmd) {
      case "app_status": return this.status();
      case "ui_painted": return null;
      case "open_example": {
        // Like the real app: the example file is written once, then opened with its changes.
        const path = "/home/sekreterare/Rådsplan/exempel.radsplan";
        return this.#open(path, this.#files.get(path) ?? fromSeed(this.#seed));
      }
      case "create_council": {
        const name = requireName(a.name, "Rådet");
        return this.#open(`/home/sekreterare/Rådsplan/${name}.radsplan`, {
          councilName: name, mandate: "", planYear: new Date().getFullYear(), counties: [], goals: [],
          organisations: [], people: [], nextId: 2, focusAreas: [], activities: [],
          plans: [{ id: 1, year: new Date().getFullYear(), status: "draft", adoptedOn: null }],
        });
      }
      case "new_council_dialog": return null;
      case "open_file_dialog": return null;
      case "save_copy_dialog": return null;
      case "close_file": this.file = null; return this.status();
      case "open_recent_file": {
        const data = this.#files.get(String(a.path));
        if (!data) {
          throw new ApiFailure("invalid", `Filen ${String(a.path)} finns inte där den låg. Den kan ha flyttats, tagits bort eller ligga på en enhet som inte är ansluten. Öppna den med Öppna … om du vet var den är, eller ta bort den ur listan.`);
        }
        return this.#open(String(a.path), data);
      }
      case "forget_recent_file":
        this.recent = this.recent.filter((r) => r.path !== a.path);
        this.#planYears.delete(String(a.path));
        return this.status();
      case "remember_plan_year":
        if (this.file) this.#planYears.set(this.file, Number(a.year));
        return null;
      case "set_language": this.language = a.language as Language; return this.status();

      case "list_organisations":
        return d.organisations
          .map((o) => this.#organisation(o))
          .filter((o) => matches(a.query, o.name, o.countyName))
          .sort((x, y) => collator.compare(x.name, y.name));
      case "add_organisation": {
        const input = a.input as OrganisationInput;
        const name = requireName(input.name, "Organisationen");
        return this.#transact("Lägg till organisation", ["organisation"], (d) => {
          const id = d.nextId++;
          d.organisations.push({ id, name, kind: input.kind, countyId: input.countyId });
          return id;
        });
      }
      case "update_organisation": {
        const input = a.input as OrganisationInput;
        const name = requireName(input.name, "Organisationen");
        find(d.organisations, a.id, "Organisationen");
        return this.#transact("Ändra organisation", ["organisation"], (d) => {
          const o = find(d.organisations, a.id, "Organisationen");
          Object.assign(o, { name, kind: input.kind, countyId: input.countyId });
          return null;
        });
      }
      case "delete_organisation":
        find(d.organisations, a.id, "Organisationen");
        return this.#transact("Ta bort organisation", ["organisation", "person"], (d) => {
          d.organisations = d.organisations.filter((o) => o.id !== a.id);
          for (const p of d.people) if (p.organisationId === a.id) p.organisationId = null;
          return null;
        });

      case "list_people":
        return d.people
          .map((p) => this.#person(p))
          .filter((p) => matches(a.query, p.name, p.title, p.organisationName, p.email))
          .sort((x, y) => collator.compare(x.name, y.name));
      case "add_person": {
        const input = a.input as PersonInput;
        const name = requireName(input.name, "Personen");
        return this.#transact("Lägg till person", ["person"], (d) => {
          const id = d.nextId++;
          d.people.push({ id, ...input, name });
          return id;
        });
      }
      case "update_person": {
        const input = a.input as PersonInput;
        const name = requireName(input.name, "Personen");
        find(d.people, a.id, "Personen");
        return this.#transact("Ändra person", ["person"], (d) => {
          Object.assign(find(d.people, a.id, "Personen"), { ...input, name });
          return null;
        });
      }
      case "delete_person":
        find(d.people, a.id, "Personen");
        return this.#transact("Ta bort person", ["person"], (d) => {
          d.people = d.people.filter((p) => p.id !== a.id);
          return null;
        });

      case "council_profile": {
        const profile: CouncilProfile = {
          name: d.councilName, mandate: d.mandate, planYear: d.planYear,
          planId: d.plans.find((p) => p.year === d.planYear)?.id ?? null,
          counties: [...d.counties].sort((x, y) => collator.compare(x.name, y.name)),
          goals: goalsOf(d, d.planYear),
        };
        return profile;
      }
      case "update_council": {
        const name = requireName(a.name, "Rådet");
        return this.#transact("Ändra rådet", ["council"], (d) => {
          d.councilName = name;
          d.mandate = String(a.mandate ?? "");
          return null;
        });
      }
      case "add_county": {
        const name = requireName(a.name, "Länet");
        return this.#transact("Lägg till län", ["county"], (d) => {
          const id = d.nextId++;
          d.counties.push({ id, name });
          return id;
        });
      }
      case "rename_county": {
        const name = requireName(a.name, "Länet");
        find(d.counties, a.id, "Länet");
        return this.#transact("Byt namn på län", ["county"], (d) => {
          find(d.counties, a.id, "Länet").name = name;
          return null;
        });
      }
      case "delete_county":
        find(d.counties, a.id, "Länet");
        return this.#transact("Ta bort län", ["county", "organisation"], (d) => {
          d.counties = d.counties.filter((c) => c.id !== a.id);
          for (const o of d.organisations) if (o.countyId === a.id) o.countyId = null;
          return null;
        });
      case "list_goals":
        return goalsOf(d, d.plans.find((p) => p.id === a.planId)?.year ?? null);
      case "add_goal": {
        const year = d.plans.find((p) => p.id === a.planId)?.year;
        if (year === undefined) throw new ApiFailure("invalid", "Det finns ingen sådan aktivitetsplan att lägga målet i.");
        const text = String(a.text ?? "").trim();
        if (!text) throw new ApiFailure("invalid", "Målet måste ha en text.");
        return this.#transact(`Lägg till mål för ${year}`, ["goal"], (d) => {
          const id = d.nextId++;
          d.goals.push({ id, year, text });
          return id;
        });
      }
      case "update_goal":
        find(d.goals, a.id, "Målet");
        return this.#transact("Ändra mål", ["goal"], (d) => {
          find(d.goals, a.id, "Målet").text = String(a.text);
          return null;
        });
      case "delete_goal":
        find(d.goals, a.id, "Målet");
        return this.#transact("Ta bort mål", ["goal"], (d) => {
          d.goals = d.goals.filter((g) => g.id !== a.id);
          return null;
        });
      case "move_goal": {
        const goal = find(d.goals, a.id, "Målet");
        const to = Number(a.toIndex);
        const siblings = d.goals.filter((g) => g.year === goal.year);
        if (!(to >= 0 && to < siblings.length)) throw new ApiFailure("invalid", "Målet kan inte flyttas dit.");
        return this.#transact("Flytta mål", ["goal"], (d) => {
          // Goals of other years keep their places; this year's are laid out again in order.
          const others = d.goals.filter((g) => g.year !== goal.year);
          const mine = d.goals.filter((g) => g.year === goal.year && g.id !== goal.id);
          mine.splice(to, 0, { ...goal });
          d.goals = [...others, ...mine];
          return null;
        });
      }
      case "undo":
      case "redo": {
        const [from, to] = cmd === "undo" ? [this.#undo, this.#redo] : [this.#redo, this.#undo];
        const step = from.pop();
        if (!step) throw new ApiFailure("nothingToUndo", "Det finns inget att ångra.");
        to.push({ label: step.label, before: structuredClone(this.#data), entities: step.entities });
        this.#data = step.before;
        return this.#changes(step.entities);
      }
      default: {
        const context = { data: this.#data, transact: this.#transact.bind(this) };
        const answer = planCommand(context, cmd, a);
        if (answer !== NOT_MINE) return answer;
        const imported = importCommand(context, cmd, a);
        if (imported !== NOT_IMPORT) return imported;
        const backup = this.backups.command(
          { data: this.#data, file: this.file, open: (file, data) => this.#open(file, data) }, cmd, a);
        if (backup === NOT_BACKUP) throw new ApiFailure("internal", `Okänt kommando: ${cmd}`);
        return backup;
      }
    }
  }
}

/** A plan year's goals as core lists them, in order. */
function goalsOf(d: Data, year: number | null): Goal[] {
  return d.goals.filter((g) => g.year === year).map((g, i) => ({ id: g.id, position: i + 1, text: g.text }));
}
