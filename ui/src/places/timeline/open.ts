// Enter on an item (or "Öppna och rätta" on a tidplan not understood) opens it in its place:
// an activity on its plan row, a task or meeting on its group's page, an AU meeting in the AU's
// calendar.
import type { TimelineSource } from "../../lib/bindings";
import { app } from "../../lib/stores/app.svelte";
import { fileStores } from "../../lib/stores/file.svelte";

export function openSource(source: TimelineSource, workingGroupId: number | null, title: string, planId: number): void {
  const { plan, groups } = fileStores();
  switch (source.kind) {
    case "activity":
      plan.reveal = { planId, activityId: source.id, title };
      app.go("plan");
      return;
    case "task":
      groups.reveal = { planId, view: "groups", groupId: workingGroupId, focus: `[data-task-id="${source.id}"]` };
      break;
    case "meeting":
      groups.reveal = { planId, view: "groups", groupId: workingGroupId, focus: `[data-meeting-id="${source.id}"]` };
      break;
    case "reportDuty":
      groups.reveal = { planId, view: "groups", groupId: workingGroupId, focus: '[data-testid="group-title"]' };
      break;
    case "committeeMeeting":
      groups.reveal = { planId, view: "committee", groupId: null, focus: '[data-testid="groups-tab-committee"]' };
      break;
  }
  app.go("groups");
}
