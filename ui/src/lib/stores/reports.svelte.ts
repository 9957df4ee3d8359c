// Rapporter: what another place asked it to open (Översikt's "Lägesrapport …" button), and
// when an undo or redo has changed what it shows.
export class ReportsState {
  /** The AU meeting whose lägesrapport Rapporter opens on next; taken (set back to null) there. */
  statusReportMeeting = $state<number | null>(null);
  /** Bumped after each undo or redo: the open document's preview and its text fields are read
   *  again (her own saves refresh them already, and must not wipe what she is still typing). */
  undone = $state(0);
}
