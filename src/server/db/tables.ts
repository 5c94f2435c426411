/**
 * Table types for Kysely, written by hand to match migrations/. Conventions
 * that hold on both engines: ids are UUIDv7 text; instants are ISO-8601 UTC
 * strings (timestamptz on PostgreSQL, text on SQLite, normalised on read by
 * database.ts); booleans are 0/1 integers; JSON is text.
 */

export type Instant = string;
export type Flag = 0 | 1;

export interface TenantsTable {
  id: string;
  name: string;
  code: string;
  created_at: Instant;
}

export interface OrganisationsTable {
  tenant_id: string;
  id: string;
  name: string;
  kind: string;
  tax_code: string | null;
  email: string | null;
  phone: string | null;
  is_active: Flag;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface MunicipalitiesTable {
  tenant_id: string;
  id: string;
  istat_code: string;
  name: string;
  province: string;
  population: number;
  population_year: number | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface DesksTable {
  tenant_id: string;
  id: string;
  name: string;
  address: string;
  municipality_id: string | null;
  timezone: string;
  /** JSON array of counter names. */
  counters: string;
  /** MM-DD of the local patron saint's day, a yearly closure. */
  patron_day: string | null;
  patron_name: string | null;
  queue_max_priority_streak: number;
  queue_standard_max_wait_minutes: number;
  queue_no_show_after_recalls: number;
  queue_closing_grace_minutes: number;
  is_active: Flag;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface DeskOrganisationsTable {
  tenant_id: string;
  desk_id: string;
  organisation_id: string;
}

/** Weekly hours in the desk's time zone: ISO weekday 1 (Monday) to 7, times as HH:MM. */
export interface DeskHoursTable {
  tenant_id: string;
  desk_id: string;
  weekday: number;
  opens_at: string;
  closes_at: string;
}

export interface UsersTable {
  tenant_id: string;
  id: string;
  organisation_id: string;
  username: string;
  full_name: string;
  email: string | null;
  locale: string;
  password_hash: string;
  must_change_password: Flag;
  is_active: Flag;
  failed_logins: number;
  locked_until: Instant | null;
  last_login_at: Instant | null;
  password_changed_at: Instant;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface UserRolesTable {
  tenant_id: string;
  user_id: string;
  role: string;
}

/** The one global lookup: sign-in names are unique across tenants (a reference table when distributed). */
export interface LoginNamesTable {
  username: string;
  tenant_id: string;
  user_id: string;
}

export interface SessionsTable {
  tenant_id: string;
  /** SHA-256 of the cookie's secret part: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: Instant;
  last_seen_at: Instant;
  expires_at: Instant;
}

/** First-run links; global because they exist before any tenant. */
export interface SetupTokensTable {
  id: string;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface AuditEventsTable {
  tenant_id: string;
  seq: number;
  at: Instant;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  request_id: string | null;
  /** JSON array of field names, never values. */
  changed_fields: string;
  prev_hash: string;
  hash: string;
}

/** The end of each tenant's hash chain: serialises appends and reveals deleted tail events. */
export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface DeskClosuresTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  /** Local date YYYY-MM-DD. */
  date: string;
  reason: string;
  created_by: string | null;
  created_at: Instant;
}

/** One concrete opening window; created when it starts, is adjusted, or is added as extra. */
export interface OpeningsTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  kind: 'scheduled' | 'extra';
  date: string;
  scheduled_start: Instant;
  scheduled_end: Instant;
  actual_start: Instant | null;
  actual_end: Instant | null;
  note: string | null;
  /** Last ticket numbers issued in each series: numbers restart at every opening. */
  last_standard: number;
  last_priority: number;
  /** Last ticket event number; bumping it also serialises queue changes per opening. */
  event_seq: number;
  closed_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface PresencesTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  opening_id: string;
  user_id: string;
  organisation_id: string;
  counter: string;
  checked_in_at: Instant;
  checked_out_at: Instant | null;
  checkout_reason: 'manual' | 'closing' | null;
}

export interface TicketsTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  opening_id: string;
  series: 'A' | 'P';
  number: number;
  code: string;
  priority_reason: string | null;
  status: string;
  channel: 'operator' | 'kiosk';
  language: string | null;
  device_id: string | null;
  issued_at: Instant;
  first_called_at: Instant | null;
  called_at: Instant | null;
  serving_at: Instant | null;
  closed_at: Instant | null;
  recalls: number;
  counter: string | null;
  operator_id: string | null;
  transferred_to: string | null;
  /** The contact this visit was recorded in. */
  contact_id: string | null;
  version: number;
}

export interface TicketEventsTable {
  tenant_id: string;
  opening_id: string;
  seq: number;
  ticket_id: string;
  action: string;
  status_from: string | null;
  status_to: string;
  at: Instant;
  actor_id: string | null;
  counter: string | null;
}

export interface DevicesTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  kind: 'kiosk' | 'display';
  name: string;
  printer: 'none' | '58mm' | '80mm';
  /** SHA-256 of the device cookie's secret. */
  token_hash: string | null;
  pairing_hash: string | null;
  pairing_expires_at: Instant | null;
  paired_at: Instant | null;
  last_seen_at: Instant | null;
  revoked_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface VocabularyTermsTable {
  tenant_id: string;
  id: string;
  kind: string;
  code: string;
  label_it: string;
  label_en: string;
  /** JSON array of area codes (need categories); [] = every area. */
  area_codes: string;
  outcome_group: string | null;
  position: number;
  is_retired: Flag;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface PeopleTable {
  tenant_id: string;
  id: string;
  given_name: string;
  family_name: string;
  name_key: string;
  codice_fiscale: string | null;
  birth_date: string | null;
  sex: string;
  birth_place: string | null;
  phone: string | null;
  phone_key: string | null;
  email: string | null;
  municipality_id: string | null;
  citizenship_group: string;
  source: 'desk' | 'care_import';
  merged_into_id: string | null;
  anonymised_at: Instant | null;
  created_by: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface PersonSearchGramsTable {
  tenant_id: string;
  gram: string;
  person_id: string;
}

export interface ConsentsTable {
  tenant_id: string;
  id: string;
  person_id: string;
  kind: string;
  granted: Flag;
  method: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Instant;
}

export interface CareRelationsTable {
  tenant_id: string;
  id: string;
  person_id: string;
  organisation_id: string;
  service_name: string;
  case_worker_name: string;
  case_worker_contact: string | null;
  case_worker_user_id: string | null;
  start_date: string;
  end_date: string | null;
  source: 'manual' | 'import';
  external_ref: string | null;
  created_by: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface PersonMergesTable {
  tenant_id: string;
  id: string;
  kept_id: string;
  merged_id: string;
  /** JSON { contacts: string[], care_relations: string[], consents: string[], messages: string[] }. */
  moved: string;
  merged_by: string | null;
  merged_at: Instant;
  undone_by: string | null;
  undone_at: Instant | null;
}

export interface ContactsTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  opening_id: string | null;
  date: string;
  channel: string;
  visitor_type: string;
  person_id: string | null;
  age_band: string;
  sex: string;
  municipality_id: string | null;
  citizenship_group: string;
  heard_from: string | null;
  language: string;
  interpreter: Flag;
  is_joint: Flag;
  started_at: Instant;
  ended_at: Instant | null;
  created_by: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface ContactRequestsTable {
  tenant_id: string;
  id: string;
  contact_id: string;
  position: number;
  area_code: string;
  category_code: string;
  description: string | null;
  outcome_code: string;
  service_name: string | null;
  care_relation_id: string | null;
  case_worker_messaged: Flag;
  created_at: Instant;
}

export interface ContactOperatorsTable {
  tenant_id: string;
  contact_id: string;
  user_id: string;
  organisation_id: string;
}

export interface ContactNotesTable {
  tenant_id: string;
  id: string;
  contact_id: string;
  author_id: string;
  organisation_id: string;
  body: string;
  confidential: Flag;
  created_at: Instant;
}

export interface ContactDraftsTable {
  tenant_id: string;
  user_id: string;
  key: string;
  desk_id: string;
  /** JSON of the form as left. */
  body: string;
  updated_at: Instant;
}

export interface MessagesTable {
  tenant_id: string;
  id: string;
  recipient_id: string;
  sender_id: string;
  person_id: string | null;
  contact_id: string | null;
  body: string;
  created_at: Instant;
  read_at: Instant | null;
}

export interface DB {
  tenants: TenantsTable;
  organisations: OrganisationsTable;
  municipalities: MunicipalitiesTable;
  desks: DesksTable;
  desk_organisations: DeskOrganisationsTable;
  desk_hours: DeskHoursTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  login_names: LoginNamesTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  desk_closures: DeskClosuresTable;
  openings: OpeningsTable;
  presences: PresencesTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  devices: DevicesTable;
  vocabulary_terms: VocabularyTermsTable;
  people: PeopleTable;
  person_search_grams: PersonSearchGramsTable;
  consents: ConsentsTable;
  care_relations: CareRelationsTable;
  person_merges: PersonMergesTable;
  contacts: ContactsTable;
  contact_requests: ContactRequestsTable;
  contact_operators: ContactOperatorsTable;
  contact_notes: ContactNotesTable;
  contact_drafts: ContactDraftsTable;
  messages: MessagesTable;
}
