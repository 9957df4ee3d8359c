import type { Messages } from "../sv";

export const errors: Messages["errors"] = {
  notFound: "What you tried to change no longer exists. It may already have been deleted.",
  invalid: "The information is not valid. Check what you entered.",
  conflict: "This is not possible right now because something else depends on it.",
  fileInUse: "The file is already in use by another program. Close it and try again.",
  newerVersion: "The file was made by a newer version of Rådsplan. Update the program.",
  notADatabase: "The file is not a Rådsplan file.",
  io: "The file could not be read or written. Check that it exists and that you have access.",
  diskFull: "The disk is full. Free some space and try again.",
  damaged: "The file is damaged. Open a backup or a copy you saved earlier.",
  readOnly: "The file is read-only. You can read, export and save a copy.",
  noFileOpen: "No file is open. Open or create a council first.",
  nothingToUndo: "There is nothing to undo.",
  internal: "Something went wrong in the program. Try again.",
  unknown: (detail: string) => `Something unexpected went wrong: ${detail}`,
  dismiss: "Dismiss message",
};
