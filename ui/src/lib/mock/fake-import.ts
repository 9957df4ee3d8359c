// The fake core's import: enough of core's reading to drive the dialog in tests and the mock
// UI. A pasted table is tab-separated with a header row; "plan.xlsx" is a fixed small file, and
// any ".docx" a small Word plan coloured by hand (with a column that is not imported and a row
// without a title). Colours are read from a short list here; core classifies any colour.
import type {
  ActivityInput, Changes, Entity, ImportChoices, ImportColour, ImportColumn, ImportField, ImportPreview, ImportRow, Priority,
} from "../bindings";
import { ApiFailure, blankInput, type Data } from "./fake-data";

export type ImportContext = {
  data: Data;
  transact<T>(label: string, entities: Entity[], change: (d: Data) => T): { value: T; changes: Changes };
};

export const NOT_IMPORT = Symbol("not an import command");
export const FAKE_IMPORT_FILE = "/home/sekreterare/Dokument/Aktivitetsplan 2023.xlsx";

const FILE_TABLE = [
  "Fokusområde\tAktivitet\tTidplan\tPrioritet",
  "Fortbildning\tNätverk för kliniska adjunkter\t16 maj\tgrön",
  "Digitalisering\tGemensam digital introduktion\tHT 2023\tgul",
].join("\n");

export const FAKE_WORD_FILE = "/home/sekreterare/Dokument/Aktivitetsplan 2022.docx";

const WORD_TABLE = [
  "Fokusområde\tAktivitet\tTidplan\tKommentar",
  "Handledning\tSamordna VFU\tv. 10-12\tviktig",
  "Handledning\tInventera handledarutbildning\tHT\t",
  "Handledning\t\tQ3\tutan titel",
  "Handledning\tIntroduktionsår\t\t",
].join("\n");
const WORD_COLOURS = [[], ["", "#00B050"], ["", "yellow"], [], ["", "#0070C0"]];

const FAKE_COLOURS: Record<string, ImportColour> = {
  "#00B050": { css: "#00B050", word: "grön", priority: "green" },
  yellow: { css: "#FFFF00", word: "gul", priority: "yellow" },
  "#FF0000": { css: "#FF0000", word: "röd", priority: "red" },
  "#0070C0": { css: "#0070C0", word: "blå", priority: null },
};

const HEADERS: Record<string, keyof ActivityInput | "focusArea"> = {
  fokusområde: "focusArea", aktivitet: "title", genomförande: "delivery", tidplan: "scheduleText",
  innehåll: "content", "uppföljning – när": "followUp", prioritet: "priority",
};
const PRIORITIES: Record<string, Priority> = { grön: "green", gul: "yellow", röd: "red" };

/** Tab-separated rows; a cell in quotes may hold tabs and line breaks ("" is a quote). */
function rowsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === "\t") { row.push(cell); cell = ""; } else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; } else if (c !== "\r") cell += c;
  }
  row.push(cell);
  rows.push(row);
  return rows.filter((r) => r.some((x) => x.trim() !== ""));
}

function preview(
  d: Data, planId: number, text: string, source: string, focusAreaId: number | null, colours: string[][] = [],
): ImportPreview {
  const [headCells = [], ...lines] = rowsOf(text);
  const head = headCells.join("\t");
  const fields = headCells.map((h) => HEADERS[h.trim().toLowerCase()] ?? null);
  const problems = fields.includes("title") ? [] : [{
    line: 1, column: null, message: "Kolumnen Aktivitet saknas. Lägg till en rubrikrad.", blocking: true,
  }];
  const planAreas = d.focusAreas.filter((f) => f.planId === planId);
  const into = planAreas.find((f) => f.id === focusAreaId)?.name ?? "";
  const rows: ImportRow[] = problems.length > 0 ? [] : lines.map((line, i) => {
    const input: ActivityInput = blankInput();
    let focusArea = into;
    line.forEach((cell, c) => {
      const field = fields[c];
      if (field === "focusArea") focusArea = cell.trim();
      else if (field === "priority") input.priority = PRIORITIES[cell.trim().toLowerCase()] ?? null;
      else if (field) (input as Record<string, unknown>)[field] = cell.trim();
    });
    const known = planAreas.some((f) => f.name === focusArea);
    const colour = (colours[i + 1] ?? []).map((c) => FAKE_COLOURS[c]).find((c) => c) ?? null;
    if (colour && input.priority === null) input.priority = colour.priority;
    const rowProblems = input.title === ""
      ? [{ line: i + 2, column: "Aktivitet", message: "Raden har ingen aktivitet (kolumnen Aktivitet är tom).", blocking: true }]
      : [];
    return { line: i + 2, focusArea, newFocusArea: !known, input, colour, problems: rowProblems };
  });
  const newFocusAreas = [...new Set(rows.filter((r) => r.newFocusArea).map((r) => r.focusArea))];
  const badLines = rows.filter((r) => r.problems.some((x) => x.blocking)).map((r) => r.line);
  const columns: ImportColumn[] = head.split("\t").map((header, i) => ({
    header, field: (fields[i] === "scheduleText" ? "schedule" : (fields[i] ?? null)) as ImportField | null,
  }));
  return {
    source, fingerprint: String(text.length), problems, rows, newFocusAreas, columns,
    unusedColumns: columns.filter((c) => c.field === null).map((c) => c.header),
    canImport: problems.length === 0 && rows.length > 0 && badLines.length === 0,
    goodRows: rows.length - badLines.length,
    badLines,
    canSkipBadRows: problems.length === 0 && badLines.length > 0 && badLines.length < rows.length,
  };
}

function apply(ctx: ImportContext, planId: number, p: ImportPreview, choices: ImportChoices | undefined) {
  const skip = !!choices?.skipBadRows && p.canSkipBadRows;
  if (!p.canImport && !skip) throw new ApiFailure("invalid", "Importen innehåller fel. Rätta filen och försök igen.");
  const rows = p.rows.filter((r) => !p.badLines.includes(r.line)).map((r) => {
    const chosen = choices?.priorities.find((c) => c.line === r.line);
    return chosen ? { ...r, input: { ...r.input, priority: chosen.priority } } : r;
  });
  return ctx.transact(`Importera ${rows.length} aktiviteter från ${p.source}`, ["focusArea", "activity"], (d) => {
    for (const row of rows) {
      let area = d.focusAreas.find((f) => f.planId === planId && f.name === row.focusArea);
      if (!area) {
        area = { id: d.nextId++, planId, name: row.focusArea, description: "", deferredToYear: null, deferralNote: "" };
        d.focusAreas.push(area);
      }
      d.activities.push({ ...row.input, id: d.nextId++, focusAreaId: area.id, carriedFromId: null, workingGroupId: null });
    }
    return { activities: rows.length, focusAreas: p.newFocusAreas.length };
  });
}

function fileCommand(d: Data, planId: number, path: string): ImportPreview {
  return path.endsWith(".docx")
    ? preview(d, planId, WORD_TABLE, "Aktivitetsplan 2022.docx", null, WORD_COLOURS)
    : preview(d, planId, FILE_TABLE, "Aktivitetsplan 2023.xlsx", null);
}

export function importCommand(ctx: ImportContext, cmd: string, a: Record<string, unknown>): unknown {
  const d = ctx.data;
  const planId = Number(a.planId);
  switch (cmd) {
    case "choose_import_file":
      return FAKE_IMPORT_FILE;
    case "preview_plan_import_file":
      return fileCommand(d, planId, String(a.path));
    case "import_plan_file":
      return apply(ctx, planId, fileCommand(d, planId, String(a.path)), a.choices as ImportChoices | undefined);
    case "preview_plan_paste":
      return preview(d, planId, String(a.text), "Inklistrad tabell", Number(a.focusAreaId), (a.colours ?? []) as string[][]);
    case "import_plan_paste":
      return apply(ctx, planId, preview(d, planId, String(a.text), "Inklistrad tabell", Number(a.focusAreaId),
        (a.colours ?? []) as string[][]), a.choices as ImportChoices | undefined);
    default:
      return NOT_IMPORT;
  }
}
