// For the lägesrapport's tests: an AU meeting on a day counted from the real today (the report
// is for the next AU meeting after the computer's date).
import type { Committee } from "../lib/bindings";
import type { RealCore } from "./harness";

/** The ISO day `days` from today. */
export function isoIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Adds an AU meeting held on `heldOn`; its id. */
export async function addAuMeeting(core: RealCore, heldOn: string): Promise<number> {
  const year = Number(heldOn.slice(0, 4));
  const au = (await core.invoke<Committee | null>("get_committee", { year }))!;
  const added = await core.invoke<{ value: number }>("add_meeting", {
    owner: { kind: "committee", id: au.id },
    input: { heldOn, whenText: "", startsAt: "", endsAt: "", mode: null, place: "", purpose: "AU-möte", notes: "" },
  });
  return added.value;
}
