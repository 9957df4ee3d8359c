// Core refuses a meeting with one Swedish sentence that does not name the field in a structured
// way; its first words do. The form shows the sentence next to the field it is about.
export type MeetingField = "heldOn" | "whenText" | "startsAt" | "endsAt" | "place" | "purpose";

const STARTS: [string, MeetingField][] = [
  ["Starttiden", "startsAt"],
  ["Ange när mötet börjar", "startsAt"],
  ["Sluttiden", "endsAt"],
  ["Mötet slutar", "endsAt"],
  ["När ", "whenText"],
  ["Plats", "place"],
  ["Syfte", "purpose"],
];

/** The field a refusal is about; the date when nothing else fits (missing date, a clash). */
export function meetingErrorField(message: string): MeetingField {
  return STARTS.find(([start]) => message.startsWith(start))?.[1] ?? "heldOn";
}
