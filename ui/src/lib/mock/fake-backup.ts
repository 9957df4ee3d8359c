// The fake core's backups: a snapshot of the data per backup, enough to drive Inställningar's
// Säkerhetskopior in tests and the browser preview.
import type { AppStatus, BackupInfo, BackupStatus, HealthReport } from "../bindings";
import { ApiFailure, type Data } from "./fake-data";

export const NOT_BACKUP = Symbol("not a backup command");

export type BackupContext = {
  data: Data;
  file: string | null;
  open(file: string, data: Data): AppStatus;
};

const RULE =
  "De 48 senaste säkerhetskopiorna sparas, och dessutom den senaste från varje dag de senaste 30 dagarna, " +
  "varje vecka de senaste 12 veckorna och varje månad de senaste 12 månaderna.";

export class FakeBackups {
  taken: { info: BackupInfo; data: Data }[] = [];
  secondFolder: string | null = null;
  lastFailure: string | null = null;
  /** What `check_file` answers; healthy unless a test says otherwise. */
  health: Omit<HealthReport, "newestGoodBackup"> = { ok: true, problems: [] };
  /** The local time the next backup gets, "YYYY-MM-DDTHH:MM:SS"; now when null. */
  nextTime: string | null = null;

  status(file: string | null): BackupStatus {
    return {
      lastSuccess: this.taken[0]?.info ?? null,
      lastFailure: this.lastFailure,
      secondFolder: this.secondFolder,
      secondFolderProblem: null,
      warning: file && this.lastFailure ? "failed" : null,
      folder: file ? "/home/sekreterare/.local/share/se.radsplan.app/backups/exempel 1a2b3c4d" : null,
      rule: RULE,
    };
  }

  take(c: BackupContext): BackupInfo {
    const takenAt = this.nextTime ?? localNow();
    this.nextTime = null;
    const fileName = `${takenAt.replace("T", "_").replaceAll(":", "-")}.radsplan`;
    const info: BackupInfo = {
      path: `/backups/${fileName}`,
      fileName,
      takenAt,
      sizeBytes: 200_000 + c.data.people.length * 100,
      counts: { activities: c.data.activities.length, workingGroups: 0, people: c.data.people.length },
      councilName: c.data.councilName,
      schemaVersion: 1,
      verified: true,
    };
    this.taken.unshift({ info, data: structuredClone(c.data) });
    this.lastFailure = null;
    return info;
  }

  command(c: BackupContext, cmd: string, a: Record<string, unknown>): unknown {
    switch (cmd) {
      case "backup_status": return this.status(c.file);
      case "list_backups": return this.taken.map((b) => b.info);
      case "backup_now": this.take(c); return this.status(c.file);
      case "check_file":
        return { ...this.health, newestGoodBackup: this.health.ok ? null : (this.taken[0]?.info ?? null) };
      case "restore_backup_as_new_file": {
        const chosen = this.#find(a.path);
        const file = `/home/sekreterare/Rådsplan/exempel (återställd ${chosen.info.takenAt.slice(0, 16).replace("T", " ").replace(":", ".")}).radsplan`;
        return c.open(file, structuredClone(chosen.data));
      }
      case "restore_backup_replacing": {
        const chosen = this.#find(a.path);
        this.take(c);
        return c.open(c.file ?? "", structuredClone(chosen.data));
      }
      case "choose_second_backup_folder": this.secondFolder = "/home/sekreterare/OneDrive/Rådsplan"; return this.status(c.file);
      case "clear_second_backup_folder": this.secondFolder = null; return this.status(c.file);
      default: return NOT_BACKUP;
    }
  }

  #find(path: unknown) {
    const chosen = this.taken.find((b) => b.info.path === path);
    if (!chosen) throw new ApiFailure("notFound", "Säkerhetskopian finns inte längre. Uppdatera listan och välj en annan.");
    return chosen;
  }
}

function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
