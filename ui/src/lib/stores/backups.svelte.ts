// The open file's backups: status for the header and Inställningar, the list, and the health
// check's findings. Every action reports failures through showError and keeps what is shown.
import * as api from "../api";
import type { AppStatus, BackupInfo, BackupStatus, HealthReport } from "../bindings";
import { showError } from "../errors.svelte";
import { app } from "./app.svelte";

export class BackupsState {
  status = $state<BackupStatus | null>(null);
  list = $state<BackupInfo[]>([]);
  health = $state<HealthReport | null>(null);
  busy = $state(false);

  /** Status only: cheap, for the header's warning. */
  async refreshStatus(): Promise<void> {
    try {
      this.status = await api.backupStatus();
    } catch {
      // The header's warning is a hint; a failed refresh keeps the last one.
    }
  }

  /**
   * The background thread backs up on its own (on opening, every 30 minutes of changes): while
   * the list is on screen, a cheap status look shows a new backup, and only then is the list
   * (which opens every backup to count its rows) read again.
   */
  async refreshIfNewer(): Promise<void> {
    try {
      const status = await api.backupStatus();
      const newer = status.lastSuccess?.path !== this.status?.lastSuccess?.path;
      this.status = status;
      if (newer) this.list = await api.listBackups();
    } catch {
      // A hint, like the header's: a failed look keeps what is shown.
    }
  }

  /**
   * Status and list, each shown when it could be read: a backups folder that cannot be listed
   * (a drive not connected) is just when the status's failure must be seen. A health report is
   * of the file checked, so it is not carried over to a later visit or another file. `quiet`
   * leaves the error shown alone (it says more than a failed listing would).
   */
  async load(options: { quiet?: boolean } = {}): Promise<void> {
    this.health = null;
    const [status, list] = await Promise.allSettled([api.backupStatus(), api.listBackups()]);
    if (status.status === "fulfilled") this.status = status.value;
    if (list.status === "fulfilled") this.list = list.value;
    const failure = [status, list].find((r) => r.status === "rejected");
    if (failure && !options.quiet) showError(failure.reason);
  }

  async #run<T>(call: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    try {
      return await call();
    } catch (e) {
      showError(e);
      // A failed backup changes the status (the header warns): show it, keeping the toast on
      // what failed.
      await this.load({ quiet: true });
      return null;
    } finally {
      this.busy = false;
    }
  }

  async backupNow(): Promise<void> {
    const status = await this.#run(api.backupNow);
    if (status) {
      this.status = status;
      this.list = await api.listBackups();
    }
  }

  async check(): Promise<void> {
    const report = await this.#run(api.checkFile);
    if (report) this.health = report;
  }

  async #restored(call: () => Promise<AppStatus>): Promise<boolean> {
    const status = await this.#run(call);
    if (!status) return false;
    this.health = null;
    app.setStatus(status);
    await this.load();
    return true;
  }

  restoreAsNewFile(backup: BackupInfo): Promise<boolean> {
    return this.#restored(() => api.restoreBackupAsNewFile(backup.path));
  }

  restoreReplacing(backup: BackupInfo): Promise<boolean> {
    return this.#restored(() => api.restoreBackupReplacing(backup.path));
  }

  async chooseSecondFolder(): Promise<void> {
    const status = await this.#run(api.chooseSecondBackupFolder);
    if (status) this.status = status;
  }

  async clearSecondFolder(): Promise<void> {
    const status = await this.#run(api.clearSecondBackupFolder);
    if (status) this.status = status;
  }
}


/** "i dag 14:32", "i går 09:05", "3 nov 14:32" from a backup's local time. */
export function backupWhen(
  takenAt: string,
  words: { today: string; yesterday: string; months: readonly string[] },
  now: Date = new Date(),
): string {
  const [date = "", time = ""] = takenAt.split("T");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const hhmm = time.slice(0, 5);
  const day = new Date(y, m - 1, d);
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today.getTime() - day.getTime()) / 86_400_000);
  if (days === 0) return `${words.today} ${hhmm}`;
  if (days === 1) return `${words.yesterday} ${hhmm}`;
  const year = y === now.getFullYear() ? "" : ` ${y}`;
  return `${d} ${words.months[m - 1]}${year} ${hhmm}`;
}
