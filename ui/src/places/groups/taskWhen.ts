// A task's tidplan as understood, in words: anchored items name their meeting ("25 aug 2022
// (arbetsmöte)"), approximate ones are marked, nothing is guessed.
import type { AnchoredItem, Meeting } from "../../lib/bindings";
import { formatDate } from "../../lib/dates";
import type { Language } from "../../lib/bindings";

/** "Arbetsmöte: genomgång …" → "arbetsmöte": the kind of meeting, as a tidplan names it. */
export function meetingKind(purpose: string): string {
  const head = purpose.split(/[:,.]/)[0]?.trim() ?? "";
  return head.charAt(0).toLocaleLowerCase("sv") + head.slice(1);
}

export type ShownItem = { text: string; approximate: boolean; anchored: boolean };

export function shownItem(
  item: AnchoredItem, meetings: Meeting[], language: Language, meetingWord: (purpose: string) => string,
): ShownItem {
  if (item.meetingId !== null && item.start !== null) {
    const meeting = meetings.find((m) => m.id === item.meetingId);
    return {
      text: `${formatDate(item.start, language)} (${meetingWord(meetingKind(meeting?.purpose ?? ""))})`,
      approximate: false,
      anchored: true,
    };
  }
  // Core's own words already say "ca …" for most approximate items; the mark is added only
  // where they do not, so it is said once.
  const saysSo = /^ca\b/.test(item.item.shown);
  return { text: item.item.shown, approximate: item.approximate && !saysSo, anchored: false };
}
