// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { AppStatus, BackupInfo, BackupStatus, HealthReport } from "../bindings";

/** Last good backup, last failure, warning (`failed`, `stale`), second folder, thinning rule. */
export const backupStatus = () =>
  invoke<BackupStatus>("backup_status");

/** The open file's backups, newest first. */
export const listBackups = () =>
  invoke<Array<BackupInfo>>("list_backups");

/** A verified backup now; `io` with a Swedish message when it fails. */
export const backupNow = () =>
  invoke<BackupStatus>("backup_now");

/** Problems in Swedish, and the newest good backup when not ok. */
export const checkFile = () =>
  invoke<HealthReport>("check_file");

/** The backup copied beside the open file as "NAMN (återställd DATUM TID).radsplan", opened. */
export const restoreBackupAsNewFile = (path: string) =>
  invoke<AppStatus>("restore_backup_as_new_file", { path });

/** The open file backed up first, then replaced (the window confirms first). */
export const restoreBackupReplacing = (path: string) =>
  invoke<AppStatus>("restore_backup_replacing", { path });

/** The file that was damaged at opening: its newest good backup put in its place and opened; the damaged file kept beside it as "NAMN (skadad DATUM TID).radsplan". */
export const restoreDamagedFile = () =>
  invoke<AppStatus>("restore_damaged_file");

/** "Inte nu" to that offer; the damaged file is left as it is. */
export const dismissDamagedFile = () =>
  invoke<AppStatus>("dismiss_damaged_file");

/** Native folder dialog; unchanged when cancelled. */
export const chooseSecondBackupFolder = () =>
  invoke<BackupStatus>("choose_second_backup_folder");

export const clearSecondBackupFolder = () =>
  invoke<BackupStatus>("clear_second_backup_folder");
