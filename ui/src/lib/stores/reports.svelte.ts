// Rapporter: what another place asked it to open (Översikt's "Lägesrapport …" button).
export class ReportsState {
  /** The AU meeting whose lägesrapport Rapporter opens on next; taken (set back to null) there. */
  statusReportMeeting = $state<number | null>(null);
}
