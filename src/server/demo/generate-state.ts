/**
 * The synthetic-data generator's shared state: the region's desks with their
 * operators and people pools, and the generator (randomness, ids, the bulk
 * writer, cached calendar arithmetic). Types only.
 */
import type { BulkWriter } from './generate-bulk';
import type { Rand } from './generate-mix';

export interface Operator {
  userId: string;
  organisationId: string;
  org: 0 | 1;
}
export interface ServiceRef {
  id: string;
  organisationId: string;
  ackWorkingDays: number;
}
export interface Referred {
  id: string;
  status: string;
  sentAt: number;
  cameBack: boolean;
}
export interface Person {
  id: string;
  birthDate: string;
  sex: string;
  municipalityId: string;
  citizenship: string;
  inCare: string | null;
  referrals: Map<string, Referred> | null;
}
export interface DeskState {
  id: string;
  counters: string[];
  operators: Operator[];
  contactsPerDay: number;
  municipality: (rand: Rand) => string;
  people: Person[];
}
/** The generator's shared state: randomness, ids, the writer, and cached calendar arithmetic. */
export interface Gen {
  tenantId: string;
  rand: Rand;
  now: number;
  writer: BulkWriter;
  id(ms: number): string;
  /** The next free person number of the tenant (see rollup_person_numbers), shared by every lane. */
  personNumber(): number;
  dirty(deskId: string, date: string): void;
  localDate(ms: number): string;
  ackDueBy(date: string, workingDays: number): string;
  overdueFrom(dueBy: string): string;
  servicesFor(area: string): ServiceRef[];
  careOrganisations: string[];
}
export interface ContactInput {
  id: string;
  openingId: string;
  /** null: a remote contact (phone, e-mail, outreach). */
  channel: 'walk_in' | null;
  operator: Operator;
  start: number;
  end: number;
}
