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

// ── service directory (0004) ──

export interface DirectoryServicesTable {
  tenant_id: string;
  id: string;
  organisation_id: string;
  name: string;
  alternate_name: string | null;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  interpretation_services: string | null;
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  accreditations: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  alert: string | null;
  /** JSON arrays of text. */
  languages: string;
  service_areas: string;
  area_codes: string;
  ack_working_days: number;
  /** The HSDS service document the service was imported from (JSON), or null. */
  hsds_document: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

interface DirectoryChild {
  tenant_id: string;
  service_id: string;
  id: string;
  position: number;
}

export interface DirectoryLocationsTable extends DirectoryChild {
  name: string | null;
  address_1: string | null;
  city: string | null;
  postal_code: string | null;
  state_province: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface DirectorySchedulesTable extends DirectoryChild {
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description: string | null;
}

export interface DirectoryPhonesTable extends DirectoryChild {
  number: string;
  description: string | null;
}

export interface DirectoryContactsTable extends DirectoryChild {
  name: string | null;
  title: string | null;
  email: string | null;
}

export interface DirectoryCostOptionsTable extends DirectoryChild {
  option: string | null;
  amount: number | null;
  currency: string | null;
  amount_description: string | null;
}

// ── referrals (0005) ──

export interface ReferralsTable {
  tenant_id: string;
  id: string;
  contact_id: string;
  request_id: string;
  person_id: string;
  service_id: string;
  /** The receiving organisation (the service's). */
  organisation_id: string;
  desk_id: string;
  sender_organisation_id: string;
  area_code: string;
  category_code: string;
  reason: string;
  urgency: string;
  told_person: string | null;
  share_basis: string;
  share_basis_note: string | null;
  status: string;
  status_reason: string | null;
  ack_due_by: string;
  overdue_from: Instant;
  sent_at: Instant | null;
  acknowledged_at: Instant | null;
  accepted_at: Instant | null;
  reminded_at: Instant | null;
  created_by: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface ReferralEventsTable {
  tenant_id: string;
  referral_id: string;
  seq: number;
  from_status: string | null;
  to_status: string;
  actor_id: string | null;
  organisation_id: string | null;
  at: Instant;
  note: string | null;
}

export interface BouncesTable {
  tenant_id: string;
  id: string;
  person_id: string;
  area_code: string;
  kind: 're_referred' | 'came_back';
  referral_id: string;
  previous_referral_id: string | null;
  contact_id: string | null;
  desk_id: string;
  detected_at: Instant;
}

export interface NotificationsTable {
  tenant_id: string;
  id: string;
  user_id: string;
  kind: 'referral_received' | 'referral_moved' | 'referral_overdue';
  referral_id: string;
  status: string | null;
  created_at: Instant;
  read_at: Instant | null;
}

// ── pilot monitoring (0006) ──

export interface PilotsTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  name: string;
  start_date: string;
  end_date: string;
  /** JSON { indicatorId: target }. */
  targets: string;
  wait_target_minutes: number;
  created_by: string | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export interface PilotNotesTable {
  tenant_id: string;
  pilot_id: string;
  organisation_id: string;
  body: string;
  updated_by: string | null;
  updated_at: Instant;
}

export interface FeedbackTable {
  tenant_id: string;
  id: string;
  desk_id: string;
  date: string;
  ticket_id: string | null;
  channel: 'kiosk' | 'link';
  score: number;
  comment: string | null;
  created_at: Instant;
}

export interface ExportsTable {
  tenant_id: string;
  id: string;
  kind: 'indicators' | 'dataset' | 'report';
  format: 'csv' | 'xlsx' | 'pdf';
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  suppress: Flag;
  /** JSON of the request (query, separator), never the pseudonym key. */
  params: string;
  desk_id: string | null;
  file_name: string | null;
  content_type: string | null;
  file: Buffer | null;
  error: string | null;
  created_by: string | null;
  created_at: Instant;
  finished_at: Instant | null;
}

export interface RollupDirtyTable {
  tenant_id: string;
  desk_id: string;
  date: string;
  marked_at: Instant;
}

export interface RollupDailyTable {
  tenant_id: string;
  desk_id: string;
  date: string;
  metric: string;
  key: string;
  value: number;
}

export interface RollupMonthlyTable {
  tenant_id: string;
  desk_id: string;
  /** YYYY-MM. */
  month: string;
  metric: string;
  key: string;
  value: number;
}

// ── public pages and campaign (0007) ──

export interface DeskPublicInfoTable {
  tenant_id: string;
  desk_id: string;
  phone: string | null;
  email: string | null;
  accessibility_url: string | null;
  version: number;
  updated_by: string | null;
  updated_at: Instant;
}

export interface CampaignTagsTable {
  tenant_id: string;
  desk_id: string;
  code: string;
  label: string;
  medium: 'poster' | 'flyer' | 'social' | 'other';
  created_by: string | null;
  created_at: Instant;
}

export interface PublicVisitsTable {
  tenant_id: string;
  desk_id: string;
  date: string;
  tag: string;
  lang: string;
  visits: number;
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
  directory_services: DirectoryServicesTable;
  directory_locations: DirectoryLocationsTable;
  directory_schedules: DirectorySchedulesTable;
  directory_phones: DirectoryPhonesTable;
  directory_contacts: DirectoryContactsTable;
  directory_cost_options: DirectoryCostOptionsTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  bounces: BouncesTable;
  notifications: NotificationsTable;
  pilots: PilotsTable;
  pilot_notes: PilotNotesTable;
  feedback: FeedbackTable;
  exports: ExportsTable;
  rollup_dirty: RollupDirtyTable;
  rollup_daily: RollupDailyTable;
  rollup_monthly: RollupMonthlyTable;
  desk_public_info: DeskPublicInfoTable;
  campaign_tags: CampaignTagsTable;
  public_visits: PublicVisitsTable;
}

// ── regional distinct-person rollups (0008) ──

export interface RollupPersonNumbersTable {
  tenant_id: string;
  person_id: string;
  number: number;
}

export interface RollupPersonsDailyTable {
  tenant_id: string;
  desk_id: string;
  date: string;
  persons: number;
  /** Ascending person numbers, delta-varint encoded. */
  numbers: Uint8Array;
}

export interface RollupPersonsMonthlyTable {
  tenant_id: string;
  desk_id: string;
  /** YYYY-MM. */
  month: string;
  persons: number;
  numbers: Uint8Array;
}

export interface RollupFactsMonthlyTable {
  tenant_id: string;
  desk_id: string;
  /** YYYY-MM. */
  month: string;
  /** JSON { metric: { key: value } }. */
  facts: string;
}

export interface DB {
  rollup_facts_monthly: RollupFactsMonthlyTable;
  rollup_person_numbers: RollupPersonNumbersTable;
  rollup_persons_daily: RollupPersonsDailyTable;
  rollup_persons_monthly: RollupPersonsMonthlyTable;
}
