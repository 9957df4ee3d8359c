import type { Messages } from "../sv";

// "Export group sheets (Excel)" and "Read group sheet" in Workshops.
export const sheetImport: Messages["sheetImport"] = {
  exportExcel: "Export group sheets (Excel) …",
  exportExcelHint:
    "One Excel file per group with the activities and lists to choose Green, Yellow or Red and Yes for national level. The group's answers are filled in. You choose the folder.",
  button: "Read group sheet …",
  buttonHint: "Read a filled group sheet (Excel) as the group's colours, national level and comments. You see every row before anything is saved.",
  title: "Read group sheet",
  intro:
    "Choose a group sheet in Excel that Rådsplan exported and the group filled in. An empty cell changes nothing; what the sheet says replaces the group's answer. You can undo with Ctrl+Z.",
  chooseFile: "Choose file …",
  chooseAnother: "Choose another file …",
  reading: "Reading the sheet …",
  group: "Read for the group",
  chooseGroup: "Choose group …",
  sheetSays: (group: string, workshop: string) => `The sheet was exported for ${group} (${workshop}).`,
  rows: (n: number) => (n === 1 ? "1 row" : `${n} rows`),
  colLine: "Row",
  colActivity: "Activity",
  colColour: "Priority",
  colNational: "National level",
  colComment: "Comment",
  colNotes: "To know",
  noColour: "no colour",
  yes: "Yes",
  no: "No",
  unchanged: "unchanged",
  skipped: "skipped",
  from: (before: string) => `(was: ${before})`,
  problems: "To know about the sheet",
  blocking: "Error",
  note: "Note",
  changes: (n: number) =>
    n === 0 ? "The sheet changes nothing." : n === 1 ? "1 activity changes." : `${n} activities change.`,
  blocked: "The sheet cannot be read until the errors above are corrected. Nothing has been saved.",
  confirm: "Read in",
  imported: (group: string, n: number) =>
    `${group}: ${n === 1 ? "1 activity" : `${n} activities`} read from the group sheet. Undo with Ctrl+Z.`,
};
