import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { Activity, Committee, ExportedFile, Plan, ReportRecord, StatusReport } from "./bindings";
import { realCore } from "../test/harness";
import { tempFolder } from "../test/plan-helpers";
import { addAuMeeting, isoIn } from "../test/status-report-helpers";

const filter = {
  focusAreaId: null, priorities: [], statuses: [], raiseNational: null,
  responsiblePersonId: null, responsible: "", query: "",
};

function sentences(report: StatusReport): string[] {
  return report.changes.flatMap((s) => s.items.map((i) => i.sentence));
}

// The end-to-end run through the real core: three edits, the lägesrapport for the next AU
// meeting shows them, it is sent (on record as sent), one more edit, and the next report shows
// only that one.
describe("lägesrapport through the real core", () => {
  test("three edits are in the report; after sending it, the next report holds only the edit made since", async () => {
    const core = await realCore();
    const plan = (await core.invoke<Plan[]>("list_plans")).find((p) => p.year === 2022)!;
    const activities = await core.invoke<Activity[]>("list_activities", { planId: plan.id, filter });
    const meeting = await addAuMeeting(core, isoIn(10));
    const [a, b, c, d] = activities.filter((x) => x.priority !== "red") as [Activity, Activity, Activity, Activity];
    for (const activity of [a, b, c]) {
      await core.invoke("set_activity_priority", { id: activity.id, priority: "red" });
    }

    const first = await core.invoke<StatusReport>("status_report", { meetingId: null });
    expect(first.meeting?.id).toBe(meeting);
    const said = sentences(first);
    for (const activity of [a, b, c]) {
      expect(said).toContainEqual(expect.stringContaining(`Aktivitet ”${activity.title.slice(0, 40)}`));
    }

    await core.invoke("edit_status_report", {
      meetingId: meeting,
      edit: { edit: "addDecisionPoint", point: { text: "Nytt AU-datum i vår", proposedDecision: "AU beslutar om datum." } },
    });
    const target = path.join(tempFolder(), "Lägesrapport.pdf");
    await core.answerDialog(target);
    const sent = await core.invoke<ExportedFile>("send_status_report", { meetingId: meeting });
    expect(sent.path).toBe(target);
    expect(existsSync(target)).toBe(true);
    const [record] = await core.invoke<ReportRecord[]>("report_records");
    expect(record).toMatchObject({ kind: "statusReport", format: "pdf", sent: true, committeeMeetingId: meeting });

    await core.invoke("set_activity_priority", { id: d.id, priority: "red" });
    const next = await core.invoke<StatusReport>("status_report", { meetingId: null });
    expect(next.period.sinceRecordId).toBe(record!.id);
    expect(sentences(next)).toEqual([expect.stringContaining(`Aktivitet ”${d.title.slice(0, 40)}`)]);
    expect(next.draft.decisionPoints.map((p) => p.text)).toEqual(["Nytt AU-datum i vår"]);
  });

  test("without an AU meeting ahead the report says so; sending to a meeting that is not the AU's is refused", async () => {
    const core = await realCore();
    const report = await core.invoke<StatusReport>("status_report", { meetingId: null });
    expect(report.meeting).toBeNull();
    const au = (await core.invoke<Committee | null>("get_committee", { year: 2022 }))!;
    const past = au.meetings.find((m) => m.heldOn !== null)!;
    const tooLate = await core.invoke("send_status_report", { meetingId: past.id + 100_000 })
      .then(() => null, (error: { code: string; message: string }) => error);
    expect(tooLate?.code).toBe("notFound");
    expect(tooLate?.message).toContain("Mötet");
    expect(await core.invoke<ReportRecord[]>("report_records")).toEqual([]);
  });
});
