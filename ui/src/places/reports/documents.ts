// Every document the Rapporter place lists: its name, how core previews it, and the formats it
// exports in and how. An entry is listed only when its commands exist.
import * as api from "../../lib/api";
import type {
  DocumentFormat, DocumentRequest, ExportedFile, Plan, WorkingGroupSummary, Workshop,
} from "../../lib/bindings";
import { todayIso } from "../../lib/dates";
import { t } from "../../lib/i18n/index.svelte";

export type ReportSection = "plan" | "groups" | "workshops";

export type ReportEntry = {
  /** Stable key; also the entry's test id (`report-${id}`). */
  id: string;
  label: string;
  section: ReportSection;
  request: DocumentRequest;
  formats: readonly DocumentFormat[];
  exportAs: (format: DocumentFormat) => Promise<ExportedFile | null>;
  /** The working group whose återrapport words are edited beside the preview. */
  yearEndGroupId: number | null;
};

const TEXT_FORMATS = ["pdf", "docx"] as const;
const TABLE_FORMATS = ["pdf", "docx", "xlsx", "csv"] as const;
/** The timeline is a drawing: PDF only (Word would leave the drawing out). */
const DRAWING_FORMATS = ["pdf"] as const;

export const STATUS_REPORT = "status-report";

/** The lägesrapport for AU meeting `meeting` (the next one when null). */
export function statusReportEntry(meeting: number | null): ReportEntry {
  return {
    id: STATUS_REPORT, label: t().reports.statusReport, section: "plan",
    request: { kind: "statusReport", meeting },
    formats: TEXT_FORMATS, exportAs: (f) => api.exportStatusReportDialog(meeting, f), yearEndGroupId: null,
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
      formats: TABLE_FORMATS, exportAs: (f) => api.exportPlanDialog(plan.id, f), yearEndGroupId: null,
    },
    {
      id: "year-end", label: words.yearEndCouncil(year), section: "plan",
      request: { kind: "yearEnd", year, group: null },
      formats: TEXT_FORMATS, exportAs: (f) => api.exportYearEndDialog(year, null, f), yearEndGroupId: null,
    },
    {
      id: "timeline", label: words.timelineOf(year), section: "plan",
      request: { kind: "timeline", plan: plan.id, today: todayIso(), byWorkingGroup: false },
      formats: DRAWING_FORMATS, exportAs: () => api.exportTimelineDialog(plan.id, todayIso(), false, "pdf"), yearEndGroupId: null,
    },
  ];
  for (const group of groups) {
    entries.push({
      id: `year-end-${group.id}`, label: words.yearEndGroup(group.name), section: "groups",
      request: { kind: "yearEnd", year, group: group.id },
      formats: TEXT_FORMATS, exportAs: (f) => api.exportYearEndDialog(year, group.id, f), yearEndGroupId: group.id,
    });
    entries.push({
      id: `mandate-${group.id}`, label: words.mandate(group.name), section: "groups",
      request: { kind: "mandate", group: group.id },
      formats: TEXT_FORMATS, exportAs: (f) => api.exportMandateDialog(group.id, f), yearEndGroupId: null,
    });
  }
  for (const workshop of workshops) {
    entries.push({
      id: `workshop-${workshop.id}`, label: words.workshopSummary(workshop.name), section: "workshops",
      request: { kind: "workshopSummary", workshop: workshop.id },
      formats: TEXT_FORMATS, exportAs: (f) => api.exportWorkshopSummaryDialog(workshop.id, f), yearEndGroupId: null,
    });
  }
  return entries;
}
