// Every document the Rapporter place lists: its name, how core previews it, and the formats it
// exports in and how. An entry is listed only when its commands exist.
import * as api from "../../lib/api";
import type {
  DocumentFormat, DocumentRequest, Plan, WorkingGroupSummary, Workshop,
} from "../../lib/bindings";
import { todayIso } from "../../lib/dates";
import { t } from "../../lib/i18n/index.svelte";

export type ReportSection = "plan" | "groups" | "workshops";

/** What an entry exports as: a document format, or (the calendar) an .ics file. */
export type EntryFormat = DocumentFormat | "ics";

export type ReportEntry = {
  /** Stable key; also the entry's test id (`report-${id}`). */
  id: string;
  label: string;
  section: ReportSection;
  request: DocumentRequest;
  formats: readonly EntryFormat[];
  /** Where the file went; null when the save dialog was cancelled. Asked only for one of the
   * entry's own `formats` (the menu offers no other), so a document entry may take just
   * DocumentFormat: written as a method, whose parameter TypeScript checks both ways. */
  exportAs(format: EntryFormat): Promise<{ path: string } | null>;
  /** The working group whose återrapport words are edited beside the preview. */
  yearEndGroupId: number | null;
};

const TEXT_FORMATS = ["pdf", "docx"] as const;
const TABLE_FORMATS = ["pdf", "docx", "xlsx", "csv"] as const;
/** The timeline is a drawing: PDF only (Word would leave the drawing out). */
const DRAWING_FORMATS = ["pdf"] as const;
/** The calendar: the .ics file for Outlook, or its events as a list to print. */
const CALENDAR_FORMATS = ["ics", "pdf"] as const;

/** A format's name and hint in the Exportera menu. */
export function describeFormat(format: EntryFormat): { label: string; hint: string } {
  if (format === "ics") return t().reports.icsFormat;
  return { label: t().plan.formats[format], hint: t().plan.formatHints[format] };
}

export const STATUS_REPORT = "status-report";

/** The lägesrapport for AU meeting `meeting` (the next one when null). */
export function statusReportEntry(meeting: number | null): ReportEntry {
  return {
    id: STATUS_REPORT, label: t().reports.statusReport, section: "plan",
    request: { kind: "statusReport", meeting },
    formats: TEXT_FORMATS, exportAs: (f: DocumentFormat) => api.exportStatusReportDialog(meeting, f), yearEndGroupId: null,
  };
}

/** The documents of `plan`'s year, in the order the list shows them. */
export function reportEntries(plan: Plan, groups: WorkingGroupSummary[], workshops: Workshop[]): ReportEntry[] {
  const words = t().reports;
  const year = plan.year;
  const entries: ReportEntry[] = [
    statusReportEntry(null),
    {
      id: "plan", label: words.plan(year), section: "plan", request: { kind: "plan", year },
      formats: TABLE_FORMATS, exportAs: (f: DocumentFormat) => api.exportPlanDialog(plan.id, f), yearEndGroupId: null,
    },
    {
      id: "year-end", label: words.yearEndCouncil(year), section: "plan",
      request: { kind: "yearEnd", year, group: null },
      formats: TEXT_FORMATS, exportAs: (f: DocumentFormat) => api.exportYearEndDialog(year, null, f), yearEndGroupId: null,
    },
    {
      id: "timeline", label: words.timelineOf(year), section: "plan",
      request: { kind: "timeline", plan: plan.id, today: todayIso(), byWorkingGroup: false },
      formats: DRAWING_FORMATS,
      exportAs: () => api.exportTimelineDialog(plan.id, todayIso(), false, "pdf", "a4"), yearEndGroupId: null,
    },
    {
      id: "calendar", label: words.calendar, section: "plan", request: { kind: "calendar", group: null },
      formats: CALENDAR_FORMATS,
      exportAs: (f) => f === "ics" ? api.exportCalendarDialog(null) : api.exportCalendarListDialog(null),
      yearEndGroupId: null,
    },
  ];
  for (const group of groups) {
    entries.push({
      id: `year-end-${group.id}`, label: words.yearEndGroup(group.name), section: "groups",
      request: { kind: "yearEnd", year, group: group.id },
      formats: TEXT_FORMATS, exportAs: (f: DocumentFormat) => api.exportYearEndDialog(year, group.id, f), yearEndGroupId: group.id,
    });
    entries.push({
      id: `mandate-${group.id}`, label: words.mandate(group.name), section: "groups",
      request: { kind: "mandate", group: group.id },
      formats: TEXT_FORMATS, exportAs: (f: DocumentFormat) => api.exportMandateDialog(group.id, f), yearEndGroupId: null,
    });
  }
  for (const workshop of workshops) {
    entries.push({
      id: `workshop-${workshop.id}`, label: words.workshopSummary(workshop.name), section: "workshops",
      request: { kind: "workshopSummary", workshop: workshop.id },
      formats: TEXT_FORMATS, exportAs: (f: DocumentFormat) => api.exportWorkshopSummaryDialog(workshop.id, f), yearEndGroupId: null,
    });
  }
  return entries;
}
