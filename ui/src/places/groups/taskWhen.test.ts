import { describe, expect, test } from "vitest";
import type { AnchoredItem, Meeting, ScheduleItem } from "../../lib/bindings";
import { meetingKind, shownItem } from "./taskWhen";

const item = (shown: string): ScheduleItem => ({
  kind: "month", start: "2022-08-01", end: "2022-08-31", approximate: true, label: "Klart till arbetsmöte i",
  meetingAnchor: true, text: "arbetsmöte i augusti", shown,
});
const meeting = (id: number, purpose: string): Meeting => ({
  id, owner: { kind: "workingGroup", id: 1 }, heldOn: "2022-08-25", whenText: "", startsAt: null, endsAt: null,
  mode: null, place: "", purpose, notes: "",
});
const words = (purpose: string) => purpose || "möte";

describe("a task's tidplan in words", () => {
  test("the kind of meeting is the purpose's first words, lower case", () => {
    expect(meetingKind("Arbetsmöte: genomgång och sammanställning")).toBe("arbetsmöte");
    expect(meetingKind("Arbetsmöte, start rapportskrivning")).toBe("arbetsmöte");
    expect(meetingKind("")).toBe("");
  });

  test("an anchored item names its meeting's day and kind", () => {
    const anchored: AnchoredItem = { item: item("aug 2022"), start: "2022-08-25", end: "2022-08-25", approximate: false, meetingId: 7 };
    expect(shownItem(anchored, [meeting(7, "Arbetsmöte: genomgång")], "sv", words))
      .toEqual({ text: "25 aug 2022 (arbetsmöte)", approximate: false, anchored: true });
  });

  test("a month without a meeting stays what the parser read, marked approximate", () => {
    const month: AnchoredItem = { item: item("aug 2022"), start: "2022-08-01", end: "2022-08-31", approximate: true, meetingId: null };
    expect(shownItem(month, [], "sv", words)).toEqual({ text: "aug 2022", approximate: true, anchored: false });
    // Core already says "ca": not said twice.
    const period: AnchoredItem = { ...month, item: item("ca 1 maj 2022 – 31 aug 2022") };
    expect(shownItem(period, [], "sv", words)).toEqual({ text: "ca 1 maj 2022 – 31 aug 2022", approximate: false, anchored: false });
  });
});
