export const backups = {
  title: "Säkerhetskopior",
  intro:
    "Rådsplan säkerhetskopierar filen när den öppnas, var 30:e minut medan något ändras, före " +
    "import och återställning och när den stängs. Varje kopia kontrolleras innan äldre rensas.",
  last: (when: string) => `Senaste säkerhetskopia: ${when}, kontrollerad`,
  lastUnverified: (when: string) => `Senaste säkerhetskopia: ${when}`,
  none: "Ingen säkerhetskopia ännu.",
  failed: (message: string) => `Den senaste säkerhetskopian misslyckades: ${message}`,
  today: "i dag",
  yesterday: "i går",
  months: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  backupNow: "Säkerhetskopiera nu",
  done: "Säkerhetskopian är gjord och kontrollerad.",
  listCaption: "Säkerhetskopior av den här filen, nyaste först",
  when: "Tidpunkt",
  size: "Storlek",
  content: "Innehåll",
  checked: "Kontroll",
  verified: "kontrollerad",
  notVerified: "inte kontrollerad",
  counts: (a: number, g: number, p: number) => `${a} aktiviteter, ${g} arbetsgrupper, ${p} personer`,
  unreadable: "kunde inte läsas",
  kb: (kb: number) => `${kb} kB`,
  restore: "Återställ …",
  restoreLabel: (when: string) => `Återställ säkerhetskopian från ${when}`,
  restoreTitle: (when: string) => `Återställ säkerhetskopian från ${when}`,
  restoreHint:
    "Som en ny fil: kopian öppnas bredvid den nuvarande filen, som inte ändras. " +
    "Ersätt: den nuvarande filen byts mot kopian.",
  restoreAsNew: "Öppna som en ny fil",
  restoreReplace: "Ersätt den nuvarande filen …",
  replaceTitle: "Ersätta den nuvarande filen?",
  replaceMessage: (when: string) =>
    `Ändringar efter ${when} går förlorade; den nuvarande filen säkerhetskopieras först.`,
  replaceConfirm: "Ersätt",
  restored: "Säkerhetskopian är återställd.",
  empty: "Inga säkerhetskopior ännu.",
  rule: "Gallring",
  folder: (path: string) => `Mapp: ${path}`,
  secondFolder: "Andra mapp",
  secondFolderHint:
    "Varje kontrollerad säkerhetskopia kopieras också hit, t.ex. till OneDrive eller ett USB-minne, " +
    "så att inget går förlorat om datorn försvinner.",
  secondFolderNone: "Ingen andra mapp är vald.",
  secondFolderIs: (path: string) => `Kopieras också till: ${path}`,
  secondFolderProblem: (message: string) => `Senaste kopian dit misslyckades: ${message}`,
  chooseSecond: "Välj mapp …",
  clearSecond: "Sluta kopiera dit",
  check: "Kontrollera filen",
  checkHint: "Kontrollerar att filen är hel och att allt i den hänger ihop.",
  healthy: "Filen är hel. Inga fel hittades.",
  problems: "Kontrollen hittade problem:",
  offerRestore: (when: string) =>
    `Den senaste fungerande säkerhetskopian är från ${when}. Öppna den som en ny fil och se om allt finns där.`,
  offerRestoreButton: "Öppna den senaste fungerande säkerhetskopian",
  noGoodBackup: "Det finns ingen kontrollerad säkerhetskopia att återställa.",
  headerWarning: "Säkerhetskopia",
  warningFailed: "Den senaste säkerhetskopian misslyckades. Se Inställningar.",
  warningStale: "Ingen lyckad säkerhetskopia det senaste dygnet. Se Inställningar.",
  damagedTitle: (name: string) => `${name} går inte att öppna`,
  damagedText:
    "Filen är skadad. Rådsplan har inte ändrat den. Du kan få tillbaka rådet från den senaste " +
    "kontrollerade säkerhetskopian.",
  damagedBackup: (when: string, counts: string) => `Säkerhetskopia från ${when}: ${counts}.`,
  damagedLoss:
    "Det du ändrade efter säkerhetskopian finns inte med. Den skadade filen flyttas åt sidan och " +
    "sparas bredvid med ”skadad” i namnet; ingenting tas bort.",
  damagedRestore: "Återställ säkerhetskopian",
  damagedLater: "Inte nu",
};
