/**
 * What leaves the server about a referral: the same whitelist for both sides
 * (the person's name, birth date and contacts as shared, the reason, what the
 * person was told, area and category — never other contacts, notes or care
 * relations), and its FHIR R4 ServiceRequest and Task (SDOH referral pattern).
 */
import {
  fhirServiceRequestStatus,
  fhirTaskStatus,
  type ReferralStatus,
  type ShareBasis,
  type Urgency,
} from '../../../shared/referrals';
import type {
  FhirServiceRequest,
  FhirTask,
  ReferralEvent,
  ReferralListItem,
  ReferralView,
} from '../../../shared/schemas/referrals';
import type { ReferralRow } from './referrals.repo';

export type EventRow = {
  seq: number;
  from_status: string | null;
  to_status: string;
  at: string;
  actor_name: string | null;
  organisation_name: string | null;
  note: string | null;
};

export function isOverdue(row: ReferralRow, now: Date): boolean {
  return row.status === 'requested' && row.acknowledged_at === null && now.toISOString() >= row.overdue_from;
}

export function presentListItem(
  row: ReferralRow,
  allowedMoves: ReferralStatus[],
  now: Date,
): ReferralListItem {
  return {
    id: row.id,
    status: row.status as ReferralStatus,
    statusReason: row.status_reason,
    urgency: row.urgency as Urgency,
    reason: row.reason,
    toldPerson: row.told_person,
    shareBasis: row.share_basis as ShareBasis,
    areaCode: row.area_code,
    categoryCode: row.category_code,
    service: {
      id: row.service_id,
      name: row.service_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
    },
    desk: { id: row.desk_id, name: row.desk_name },
    person: {
      id: row.person_id,
      givenName: row.given_name,
      familyName: row.family_name,
      birthDate: row.birth_date,
      phone: row.phone,
      email: row.email,
    },
    contactId: row.contact_id,
    requestId: row.request_id,
    ackDueBy: row.ack_due_by,
    acknowledgedAt: row.acknowledged_at,
    overdue: isOverdue(row, now),
    sentByName: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    allowedMoves,
    version: row.version,
  };
}

export function presentEvent(row: EventRow): ReferralEvent {
  return {
    seq: row.seq,
    from: row.from_status as ReferralStatus | null,
    to: row.to_status as ReferralStatus,
    at: row.at,
    actorName: row.actor_name,
    organisationName: row.organisation_name,
    note: row.note,
  };
}

export function presentReferral(
  row: ReferralRow,
  allowedMoves: ReferralStatus[],
  events: EventRow[],
  now: Date,
): ReferralView {
  return { ...presentListItem(row, allowedMoves, now), history: events.map(presentEvent) };
}

// ── FHIR R4 ──

const organisation = (id: string, name: string) => ({
  reference: `Organization/${id}`,
  type: 'Organization',
  display: name,
});
/** The subject as shared: a display name only, no identifier of our records. */
const subject = (row: ReferralRow) => ({ display: `${row.given_name} ${row.family_name}`.trim() });

export function fhirServiceRequest(row: ReferralRow): FhirServiceRequest {
  const status = row.status as ReferralStatus;
  return {
    resourceType: 'ServiceRequest',
    id: row.id,
    status: fhirServiceRequestStatus(status),
    intent: 'order',
    priority: row.urgency,
    category: [{ text: row.area_code }],
    code: { text: row.category_code },
    subject: subject(row),
    authoredOn: row.created_at,
    requester: organisation(row.sender_organisation_id, row.sender_organisation_name),
    performer: [
      {
        reference: `HealthcareService/${row.service_id}`,
        type: 'HealthcareService',
        display: row.service_name,
      },
    ],
    reasonCode: [{ text: row.reason }],
    ...(row.told_person ? { patientInstruction: row.told_person } : {}),
  };
}

export function fhirTask(row: ReferralRow): FhirTask {
  const status = row.status as ReferralStatus;
  return {
    resourceType: 'Task',
    id: row.id,
    status: fhirTaskStatus(status),
    intent: 'order',
    priority: row.urgency,
    code: {
      coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }],
    },
    focus: { reference: `ServiceRequest/${row.id}`, type: 'ServiceRequest' },
    for: subject(row),
    authoredOn: row.created_at,
    lastModified: row.updated_at,
    requester: organisation(row.sender_organisation_id, row.sender_organisation_name),
    owner: organisation(row.organisation_id, row.organisation_name),
    businessStatus: { text: status },
    ...(row.status_reason ? { statusReason: { text: row.status_reason } } : {}),
    restriction: { period: { end: row.ack_due_by } },
  };
}
