import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import type { Activity, ReportRecord } from "../../lib/bindings";
import { toasts } from "../../lib/errors.svelte";
import { realCore } from "../../test/harness";
import { activitiesOf, tempFolder } from "../../test/plan-helpers";
import { addAuMeeting, isoIn } from "../../test/status-report-helpers";

/** How "Vad har hänt" names a change of an activity. */
const changed = (activity: Activity) => `Aktivitet ”${activity.title.slice(0, 40)}`;

const previewText = () => screen.getByTestId("document-preview").textContent ?? "";

async function openStatusReport() {
  await fireEvent.click(await screen.findByTestId("report-status-report"));
  await screen.findByTestId("status-report-panel", {}, { timeout: 15_000 });
  await screen.findByTestId("document-preview", {}, { timeout: 15_000 });
}

describe("Lägesrapport till AU in Rapporter", () => {
  test("previews the changes, takes a decision point, is sent, and the next report and the records follow", async () => {
    const core = await realCore();
    const activities = await activitiesOf(core, 2022);
    const meeting = await addAuMeeting(core, isoIn(10));
    const [a, b, c, d] = activities.filter((x) => x.priority !== "red") as [Activity, Activity, Activity, Activity];
    for (const activity of [a, b, c]) await core.invoke("set_activity_priority", { id: activity.id, priority: "red" });
    toasts.dismiss();

    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    // First in the list.
    await screen.findByTestId("report-status-report");
    const list = screen.getByRole("navigation", { name: "Dokument" });
    expect(within(list).getAllByRole("button")[0]?.dataset.testid).toBe("report-status-report");
    await openStatusReport();
    for (const activity of [a, b, c]) expect(previewText()).toContain(changed(activity));
    expect((screen.getByTestId("status-meeting") as HTMLSelectElement).value).toBe(String(meeting));
    // Nothing written yet: her fields are open, so she sees where her words go.
    expect((screen.getByTestId("status-report-draft") as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByTestId("status-draft-toggle").textContent).toBe("Dina texter (inga ännu)");

    const user = userEvent.setup();
    await user.type(screen.getByTestId("new-point-text"), "Nytt datum för vårens workshop");
    await user.type(screen.getByTestId("new-point-proposal"), "AU fastställer den 12 maj.");
    await user.click(screen.getByTestId("new-point-add"));
    await waitFor(() => expect(previewText()).toContain("Nytt datum för vårens workshop"), { timeout: 15_000 });
    expect(previewText()).toContain("AU fastställer den 12 maj.");
    // Listed beside the preview to change or remove, the fields cleared for the next.
    await waitFor(() => expect(screen.getAllByTestId("decision-point")).toHaveLength(1));
    expect((screen.getByTestId("decision-point-text") as HTMLInputElement).value).toBe("Nytt datum för vårens workshop");
    expect((screen.getByTestId("new-point-text") as HTMLInputElement).value).toBe("");
    expect(core.callsOf("edit_status_report")).toEqual([{
      meetingId: meeting,
      edit: { edit: "addDecisionPoint", point: { text: "Nytt datum för vårens workshop", proposedDecision: "AU fastställer den 12 maj." } },
    }]);

    // Skicka till AU asks first, and says what it does.
    const target = path.join(tempFolder(), "Lägesrapport.pdf");
    await core.answerDialog(target);
    await user.click(screen.getByTestId("status-send"));
    const dialog = await screen.findByTestId("confirm-dialog");
    expect(dialog.textContent).toContain("Rapporten sparas som PDF och registreras som skickad; nästa rapport börjar här.");
    // Sending is what she came to do, not a deletion: the ordinary button, not the red one.
    const confirm = within(dialog).getByTestId("confirm-action");
    expect(confirm.classList.contains("danger")).toBe(false);
    expect(within(dialog).queryByTestId("confirm-delete")).toBeNull();
    await user.click(confirm);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(target), { timeout: 15_000 });
    expect(existsSync(target)).toBe(true);
    expect(core.callsOf("send_status_report")).toEqual([{ meetingId: meeting }]);

    // On record as sent.
    await waitFor(() => expect(screen.getAllByTestId("report-record")).toHaveLength(1));
    const row = screen.getByTestId("report-record");
    expect(within(row).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "Lägesrapport", "PDF", path.basename(target), expect.any(String), "Ja",
    ]);

    // One more change: the next report holds only that one.
    await core.invoke("set_activity_priority", { id: d.id, priority: "red" });
    await openStatusReport();
    await waitFor(() => expect(previewText()).toContain(changed(d)), { timeout: 15_000 });
    for (const activity of [a, b, c]) expect(previewText()).not.toContain(changed(activity));

    // Kontrollera fil: the sent file matches its record; a changed copy matches none.
    await core.answerDialog(target);
    await user.click(screen.getByTestId("report-verify"));
    await waitFor(() => expect(screen.getByTestId("report-verify-answer").textContent).toContain("Filen är oförändrad"));
    const [record] = await core.invoke<ReportRecord[]>("report_records");
    expect(record).toMatchObject({ kind: "statusReport", sent: true, committeeMeetingId: meeting });
    const copy = path.join(tempFolder(), "Lägesrapport ändrad.pdf");
    copyFileSync(target, copy);
    writeFileSync(copy, Buffer.concat([readFileSync(copy), Buffer.from("\n% ändrad\n")]));
    await core.answerDialog(copy);
    await user.click(screen.getByTestId("report-verify"));
    await waitFor(() => expect(screen.getByTestId("report-verify-answer").textContent).toContain("Filen matchar ingen post"));
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });

  test("without an AU meeting ahead it says so and leads to the AU's meetings", async () => {
    await realCore();
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await fireEvent.click(await screen.findByTestId("report-status-report"));
    expect((await screen.findByTestId("status-no-meeting", {}, { timeout: 15_000 })).textContent)
      .toContain("Det finns inget kommande AU-möte");
    expect(screen.queryByTestId("status-send")).toBeNull();
    await fireEvent.click(screen.getByTestId("status-to-committee"));
    expect(await screen.findByRole("heading", { name: "AU:s möten 2022" }, { timeout: 15_000 })).toBeTruthy();
  });

  test("Översikt's Nästa AU-möte opens Rapporter on that meeting's lägesrapport", async () => {
    const core = await realCore();
    const meeting = await addAuMeeting(core, isoIn(12));
    render(App);
    const button = await screen.findByTestId("overview-status-report", {}, { timeout: 15_000 });
    // Pointed at (or tabbed to), it has the report read meanwhile; once, however often.
    await fireEvent.pointerEnter(button);
    await fireEvent.focus(button);
    expect(core.callsOf("prepare_document")).toEqual([{ request: { kind: "statusReport", meeting } }]);
    await fireEvent.click(button);
    await screen.findByTestId("document-preview", {}, { timeout: 15_000 });
    expect(screen.getByTestId("report-chosen").textContent).toBe("Lägesrapport till AU");
    expect(core.callsOf("preview_document")).toEqual([{ request: { kind: "statusReport", meeting }, lines: 100 }]);
    await waitFor(() => expect((screen.getByTestId("status-meeting") as HTMLSelectElement).value).toBe(String(meeting)));
  });

  test("the introduction, a changed decision point and a removed one are in the preview as saved", async () => {
    const core = await realCore();
    const meeting = await addAuMeeting(core, isoIn(10));
    for (const text of ["Budget för hösten", "Ny ledamot i AU"]) {
      await core.invoke("edit_status_report", { meetingId: meeting, edit: { edit: "addDecisionPoint", point: { text, proposedDecision: "" } } });
    }
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await openStatusReport();
    const user = userEvent.setup();
    // Two points already written: folded under their count, so the preview starts on screen.
    const draft = screen.getByTestId("status-report-draft") as HTMLDetailsElement;
    expect(draft.open).toBe(false);
    expect(screen.getByTestId("status-draft-toggle").textContent).toBe("Dina texter (2)");
    await user.click(screen.getByTestId("status-draft-toggle"));
    await waitFor(() => expect(draft.open).toBe(true));
    await user.type(screen.getByTestId("status-intro"), "Sedan förra mötet har grupperna kommit i gång.");
    await user.click(screen.getByTestId("status-intro-save"));
    await waitFor(() => expect(previewText()).toContain("Sedan förra mötet har grupperna kommit i gång."), { timeout: 15_000 });

    // Typed, not saved yet: saving a point must not wipe it.
    await user.type(screen.getByTestId("status-closing"), "Frågor till sekreteraren.");
    const [budget, member] = screen.getAllByTestId("decision-point") as [HTMLElement, HTMLElement];
    await user.type(within(budget).getByTestId("decision-point-proposal"), "AU godkänner budgeten.");
    await user.click(within(budget).getByTestId("decision-point-save"));
    await waitFor(() => expect(previewText()).toContain("AU godkänner budgeten."), { timeout: 15_000 });
    await user.click(within(member).getByRole("button", { name: "Ta bort beslutspunkten Ny ledamot i AU" }));
    await waitFor(() => expect(previewText()).not.toContain("Ny ledamot i AU"), { timeout: 15_000 });
    expect(screen.getAllByTestId("decision-point")).toHaveLength(1);
    expect((screen.getByTestId("status-closing") as HTMLTextAreaElement).value).toBe("Frågor till sekreteraren.");
    const report = await core.invoke<{ draft: unknown }>("status_report", { meetingId: meeting });
    expect(report.draft).toEqual({
      intro: "Sedan förra mötet har grupperna kommit i gång.", closing: "",
      decisionPoints: [{ text: "Budget för hösten", proposedDecision: "AU godkänner budgeten." }],
    });
  });

  test("another AU meeting chosen: its own report and draft are shown", async () => {
    const core = await realCore();
    const next = await addAuMeeting(core, isoIn(10));
    const later = await addAuMeeting(core, isoIn(40));
    await core.invoke("edit_status_report", { meetingId: later, edit: { edit: "intro", text: "Inför höstens möte." } });
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    await openStatusReport();
    const select = screen.getByTestId("status-meeting") as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(String(next)));
    expect((screen.getByTestId("status-intro") as HTMLTextAreaElement).value).toBe("");
    await userEvent.setup().selectOptions(select, String(later));
    await waitFor(() => expect((screen.getByTestId("status-intro") as HTMLTextAreaElement).value).toBe("Inför höstens möte."));
    await waitFor(() => expect(previewText()).toContain("Inför höstens möte."), { timeout: 15_000 });
    expect(core.callsOf("preview_document").at(-1)).toEqual({ request: { kind: "statusReport", meeting: later }, lines: 100 });
  });

  test("made ready as Rapporter opens, it still shows an edit made after that", async () => {
    const core = await realCore();
    await addAuMeeting(core, isoIn(10));
    const [first, later] = (await activitiesOf(core, 2022)).filter((x) => x.priority !== "red") as [Activity, Activity];
    await core.invoke("set_activity_priority", { id: first.id, priority: "red" });
    toasts.dismiss();

    render(App);
    await fireEvent.click(await screen.findByTestId("nav-reports"));
    const nextMeeting = { request: { kind: "statusReport", meeting: null } };
    await waitFor(() => expect(core.callsOf("prepare_document")).toEqual([nextMeeting]));
    // Ready as of now (commands run one at a time: this one ends after the window's).
    await core.invoke("prepare_document", nextMeeting);
    await core.invoke("set_activity_priority", { id: later.id, priority: "red" });

    await openStatusReport();
    expect(previewText()).toContain(changed(first));
    expect(previewText()).toContain(changed(later));
  });
});
