// An item's shape and colour class: a priority is always its shape too (● ▲ ■ as in the plan's
// badges and AdviceMarks), and what is not an activity has a shape of its own.
import type { TimelineItem } from "../../lib/bindings";

export type ItemLook = "green" | "yellow" | "red" | "unassessed" | "task" | "meeting" | "committee" | "report";

export const GLYPHS: Record<ItemLook, string> = {
  green: "●", yellow: "▲", red: "■", unassessed: "○",
  task: "◆", meeting: "◇", committee: "◈", report: "⚑",
};

export function lookOf(item: TimelineItem): ItemLook {
  switch (item.source.kind) {
    case "activity": return item.priority ?? "unassessed";
    case "task": return "task";
    case "meeting": return "meeting";
    case "committeeMeeting": return "committee";
    case "reportDuty": return "report";
  }
}
