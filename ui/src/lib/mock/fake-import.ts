// The fake core's import: enough of core's reading to drive the dialog in tests and the mock
// UI. A pasted table is tab-separated with a header row; "plan.xlsx" is a fixed small file.
import type { ActivityInput, Changes, Entity, ImportPreview, ImportRow, Priority } from "../bindings";
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

function preview(d: Data, planId: number, text: string, source: string, focusAreaId: number | null): ImportPreview {
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
    return { line: i + 2, focusArea, newFocusArea: !known, input, problems: [] };
  });
  const newFocusAreas = [...new Set(rows.filter((r) => r.newFocusArea).map((r) => r.focusArea))];
  return {
    source, fingerprint: String(text.length), problems, rows, newFocusAreas,
    columns: head.split("\t").map((header, i) => ({ header, field: fields[i] === "scheduleText" ? "schedule" : (fields[i] ?? null) as never })),
    canImport: problems.length === 0 && rows.length > 0,
  };
}

function apply(ctx: ImportContext, planId: number, p: ImportPreview) {
  if (!p.canImport) throw new ApiFailure("invalid", "Importen innehåller fel. Rätta filen och försök igen.");
  return ctx.transact(`Importera ${p.rows.length} aktiviteter från ${p.source}`, ["focusArea", "activity"], (d) => {
    for (const row of p.rows) {
      let area = d.focusAreas.find((f) => f.planId === planId && f.name === row.focusArea);
      if (!area) {
        area = { id: d.nextId++, planId, name: row.focusArea, description: "", deferredToYear: null, deferralNote: "" };
        d.focusAreas.push(area);
      }
      d.activities.push({ ...row.input, id: d.nextId++, focusAreaId: area.id, carriedFromId: null, workingGroupId: null });
    }
    return { activities: p.rows.length, focusAreas: p.newFocusAreas.length };
  });
}

export function importCommand(ctx: ImportContext, cmd: string, a: Record<string, unknown>): unknown {
  const d = ctx.data;
  const planId = Number(a.planId);
  switch (cmd) {
    case "choose_import_file":
      return FAKE_IMPORT_FILE;
    case "preview_plan_import_file":
      return preview(d, planId, FILE_TABLE, "Aktivitetsplan 2023.xlsx", null);
    case "import_plan_file":
      return apply(ctx, planId, preview(d, planId, FILE_TABLE, "Aktivitetsplan 2023.xlsx", null));
    case "preview_plan_paste":
      return preview(d, planId, String(a.text), "Inklistrad tabell", Number(a.focusAreaId));
    case "import_plan_paste":
      return apply(ctx, planId, preview(d, planId, String(a.text), "Inklistrad tabell", Number(a.focusAreaId)));
    default:
      return NOT_IMPORT;
  }
}
