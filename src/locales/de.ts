/**
 * German strings for `<inbox-table>` and `<conversation-row>`: an example of a complete override.
 * Dates, times, numbers and durations follow the `locale` attribute, not this object:
 *
 * ```html
 * <inbox-table locale="de-DE" time-zone="Europe/Berlin"></inbox-table>
 * <script type="module">inbox.strings = de;</script>
 * ```
 */
import type { ActionKind } from '../data/types.js';
import type { InboxStrings } from '../format/strings.js';

const gespraeche = (count: number) => `${count} ${count === 1 ? 'Gespräch' : 'Gespräche'}`;
/** After „zu“ (dative). */
const gespraechen = (count: number) => `${count} ${count === 1 ? 'Gespräch' : 'Gesprächen'}`;

const formTitles: Record<ActionKind, (count: number) => string> = {
  assign: (count) => `${gespraeche(count)} zuweisen`,
  status: (count) => `Status für ${gespraeche(count)} setzen`,
  tags: (count) => `${gespraeche(count)} taggen`,
  note: (count) => `Interne Notiz zu ${gespraechen(count)} hinzufügen`,
};

const participles: Record<ActionKind, string> = {
  assign: 'zugewiesen',
  status: 'aktualisiert',
  tags: 'getaggt',
  note: 'mit Notiz versehen',
};

export const de: InboxStrings = {
  actions: {
    menuLabel: (who) => `Aktionen für das Gespräch mit ${who}`,
    menuItems: { assign: 'Zuweisen…', status: 'Status setzen…', tags: 'Tags hinzufügen…', note: 'Interne Notiz hinzufügen…' },
    formTitle: (kind, count) => formTitles[kind](count),
    assignTo: 'Zuweisen an',
    unassigned: 'Nicht zugewiesen',
    status: 'Status',
    resolutionNotes: 'Lösungsnotiz (optional)',
    tags: 'Tags (durch Kommas getrennt)',
    note: 'Interne Notiz',
    apply: 'Anwenden',
    cancel: 'Abbrechen',
    required: {
      assign: 'Wählen Sie ein Teammitglied.',
      status: 'Wählen Sie einen Status.',
      tags: 'Geben Sie mindestens einen Tag ein.',
      note: 'Schreiben Sie zuerst die Notiz.',
    },
    selectRow: (who) => `Gespräch mit ${who} auswählen`,
    selectAllLoaded: 'Alle geladenen Gespräche auswählen',
    selectedCount: (count) => `${count} ausgewählt`,
    selectAllMatching: (total) => `Alle ${total} Treffer auswählen`,
    clearSelection: 'Auswahl aufheben',
    bulkActions: 'Aktionen für die ausgewählten Gespräche',
    progress: (done, total) => `${done} von ${total} erledigt`,
    done: (kind, count) => `${gespraeche(count)} ${participles[kind]}.`,
    failed: (kind, count) => `${gespraeche(count)} ${count === 1 ? 'konnte' : 'konnten'} nicht ${participles[kind]} werden:`,
    failureItem: (who, reason) => `${who}: ${reason}`,
    dismiss: 'Schließen',
  },
  export: {
    headers: {
      conversationId: 'Gesprächs-ID',
      detailLink: 'Detail-Link',
      createdIso: 'created_at',
      durationSeconds: 'Dauer (Sekunden)',
      recordingUrl: 'Aufnahme-URL',
    },
    button: 'CSV exportieren',
    cancel: 'Export abbrechen',
    retry: 'Export wiederholen',
    progress: (exported, total) => (total === undefined ? `${exported} exportiert` : `${exported} von ${total} exportiert`),
    running: 'Gespräche werden als CSV exportiert…',
    done: (exported) => `${exported} Gespräche exportiert.`,
    cancelled: 'Export abgebrochen.',
    failed: (reason) => `Export fehlgeschlagen. ${reason}`,
  },
  gridLabel: 'Gespräche',
  columns: {
    copy: 'Link kopieren',
    play: 'Abspielen',
    agent: 'Agent',
    callerId: 'Anrufer-ID',
    callerName: 'Name des Anrufers',
    agentNumber: 'Agent-Nummer',
    direction: 'Richtung',
    status: 'Status',
    summary: 'Zusammenfassung',
    duration: 'Dauer',
    date: 'Datum',
    time: 'Uhrzeit',
    type: 'Typ',
    customer: 'Kunde',
    priority: 'Priorität',
    assignee: 'Zuständig',
    tags: 'Tags',
    unread: 'Ungelesen',
    lastActivity: 'Letzte Aktivität',
    created: 'Erstellt',
    select: 'Auswählen',
    actions: 'Aktionen',
  },
  channels: { phone: 'Telefonanruf', web_chat: 'Web-Chat', email: 'E-Mail', text: 'SMS' },
  directions: { inbound: 'Eingehend', outbound: 'Ausgehend' },
  guest: 'Gast',
  missing: '–',
  loading: 'Gespräche werden geladen…',
  loadingMore: 'Weitere Gespräche werden geladen…',
  endOfList: 'Ende der Liste',
  empty: 'Keine Gespräche entsprechen diesen Filtern',
  clearFilters: 'Filter zurücksetzen',
  retry: 'Erneut versuchen',
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen: Link markieren und kopieren',
  copyLink: (who) => `Link zum Gespräch mit ${who} kopieren`,
  playRecording: 'Aufnahme abspielen',
  pauseRecording: 'Aufnahme pausieren',
  recordingError: 'Die Aufnahme kann nicht abgespielt werden',
  openAgent: (agent) => `Agent ${agent} in neuem Tab öffnen`,
  extraParticipants: (count) => `${count} ${count === 1 ? 'weiterer Teilnehmer' : 'weitere Teilnehmer'}`,
  errors: {
    unauthorized: 'Anmeldung fehlgeschlagen: Das Zugriffstoken fehlt, ist ungültig oder abgelaufen.',
    forbidden: 'Fehlende Berechtigung: Dieses Konto darf diese Gespräche nicht lesen.',
    not_found: 'Unter der konfigurierten Adresse wurden keine Gespräche gefunden.',
    rate_limited: 'Zu viele Anfragen. Bitte kurz warten und erneut versuchen.',
    server: 'Der Gesprächsserver hatte ein Problem. Bitte gleich erneut versuchen.',
    network: 'Sie scheinen offline zu sein, oder der Server ist nicht erreichbar.',
    bad_response: 'Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte.',
    config: 'Der Posteingang ist nicht richtig konfiguriert.',
    unknown: 'Beim Laden der Gespräche ist ein Fehler aufgetreten.',
  },
  loadedCount: (loaded, total) =>
    total === undefined ? `${gespraeche(loaded)} geladen` : `${loaded} von ${gespraeche(total)} geladen`,
};
