import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { ExportedFile, FileCheck, Plan, ReportRecord } from "./bindings";
import { realCore } from "../test/harness";
import { tempFolder } from "../test/plan-helpers";

// Every export from the window is on record in the council's file, through the real core, and
// "Kontrollera fil" finds the record of an unchanged file and none for a changed one.
describe("records of exported documents", () => {
  test("an exported plan is on record; the file checks as unchanged until it is edited", async () => {
    const core = await realCore();
    const plans = await core.invoke<Plan[]>("list_plans");
    const plan = plans.find((p) => p.year === 2022)!;
    const target = path.join(tempFolder(), "Aktivitetsplan 2022.pdf");
    await core.answerDialog(target);
    const exported = await core.invoke<ExportedFile>("export_plan_dialog", { planId: plan.id, format: "pdf" });
    expect(exported.path).toBe(target);

    const records = await core.invoke<ReportRecord[]>("report_records");
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      kind: "plan",
      format: "pdf",
      fileName: "Aktivitetsplan 2022.pdf",
      planId: plan.id,
      sent: false,
    });
    const record = records[0]!;
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);

    await core.answerDialog(target);
    const same = await core.invoke<FileCheck>("verify_report_file");
    expect(same.records.map((r) => r.id)).toEqual([record.id]);
    expect(same.answer).toContain("Filen är oförändrad");

    const bytes = readFileSync(target);
    writeFileSync(target, Buffer.concat([bytes, Buffer.from("\n")]));
    await core.answerDialog(target);
    const changed = await core.invoke<FileCheck>("verify_report_file");
    expect(changed.records).toEqual([]);
    expect(changed.answer).toContain("matchar ingen post");
  });

  test("a calendar exported from the window is on record too; a cancelled export is not", async () => {
    const core = await realCore();
    await core.answerDialog(null);
    expect(await core.invoke("export_calendar_dialog", { workingGroupId: null })).toBeNull();
    expect(await core.invoke<ReportRecord[]>("report_records")).toEqual([]);
    const target = path.join(tempFolder(), "Arbetsgrupper.ics");
    await core.answerDialog(target);
    await core.invoke("export_calendar_dialog", { workingGroupId: null });
    const records = await core.invoke<ReportRecord[]>("report_records");
    expect(records.map((r) => [r.kind, r.format, r.fileName])).toEqual([["calendar", "ics", "Arbetsgrupper.ics"]]);
  });
});
