// What Tidslinje's "Skriv ut / Exportera" offers: the printed year on A4 or A3 landscape, or the
// whole year as one picture. Each choice is a format and (for a PDF) the paper it is printed on.
import type { Paper, TimelineFormat } from "../../lib/bindings";

export const TIMELINE_EXPORTS = {
  pdf: { format: "pdf", paper: "a4" },
  "pdf-a3": { format: "pdf", paper: "a3" },
  // A picture has no paper; core records none for it.
  png: { format: "png", paper: "a4" },
} as const satisfies Record<string, { format: TimelineFormat; paper: Paper }>;

export type TimelineExport = keyof typeof TIMELINE_EXPORTS;

export const TIMELINE_EXPORT_CHOICES = Object.keys(TIMELINE_EXPORTS) as TimelineExport[];
