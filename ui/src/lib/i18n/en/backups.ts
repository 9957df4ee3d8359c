import type { Messages } from "../sv";

export const backups: Messages["backups"] = {
  title: "Backups",
  intro:
    "Rådsplan backs the file up when it opens, every 30 minutes while something changes, before " +
    "imports and restores, and when it closes. Each backup is checked before older ones are thinned.",
  last: (when: string) => `Last backup: ${when}, checked`,
  lastUnverified: (when: string) => `Last backup: ${when}`,
  none: "No backup yet.",
  failed: (message: string) => `The last backup failed: ${message}`,
  today: "today",
  yesterday: "yesterday",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  backupNow: "Back up now",
  done: "The backup is made and checked.",
  listCaption: "Backups of this file, newest first",
  when: "Time",
  size: "Size",
  content: "Content",
  checked: "Check",
  verified: "checked",
  notVerified: "not checked",
  counts: (a: number, g: number, p: number) => `${a} activities, ${g} working groups, ${p} people`,
  unreadable: "could not be read",
  kb: (kb: number) => `${kb} kB`,
  restore: "Restore …",
  restoreLabel: (when: string) => `Restore the backup from ${when}`,
  restoreTitle: (when: string) => `Restore the backup from ${when}`,
  restoreHint:
    "As a new file: the backup opens beside the current file, which stays as it is. " +
    "Replace: the current file is swapped for the backup.",
  restoreAsNew: "Open as a new file",
  restoreReplace: "Replace the current file …",
  replaceTitle: "Replace the current file?",
  replaceMessage: (when: string) =>
    `Changes after ${when} will be lost; the current file is backed up first.`,
  replaceConfirm: "Replace",
  restored: "The backup is restored.",
  empty: "No backups yet.",
  rule: "Thinning",
  folder: (path: string) => `Folder: ${path}`,
  secondFolder: "Second folder",
  secondFolderHint:
    "Each checked backup is also copied here, e.g. to OneDrive or a USB stick, so nothing is " +
    "lost if the computer is.",
  secondFolderNone: "No second folder is chosen.",
  secondFolderIs: (path: string) => `Also copied to: ${path}`,
  secondFolderProblem: (message: string) => `The last copy there failed: ${message}`,
  chooseSecond: "Choose folder …",
  clearSecond: "Stop copying there",
  check: "Check the file",
  checkHint: "Checks that the file is whole and that everything in it fits together.",
  healthy: "The file is whole. No problems found.",
  problems: "The check found problems:",
  offerRestore: (when: string) =>
    `The newest good backup is from ${when}. Open it as a new file and see whether everything is there.`,
  offerRestoreButton: "Open the newest good backup",
  noGoodBackup: "There is no checked backup to restore.",
  headerWarning: "Backup",
  warningFailed: "The last backup failed. See Settings.",
  warningStale: "No successful backup in the last day. See Settings.",
  damagedTitle: (name: string) => `${name} cannot be opened`,
  damagedText:
    "The file is damaged. Rådsplan has not changed it. You can get the council back from the newest " +
    "checked backup.",
  damagedBackup: (when: string, counts: string) => `Backup from ${when}: ${counts}.`,
  damagedLoss:
    "What you changed after the backup is not in it. The damaged file is moved aside and kept next " +
    "to it with “skadad” (damaged) in its name; nothing is deleted.",
  damagedRestore: "Restore the backup",
  damagedLater: "Not now",
};
