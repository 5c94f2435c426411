/**
 * The contact edit form's values: the shared ContactUpdate schema without the
 * version (added on save), where an empty select says "required" rather than
 * describing what a vocabulary code looks like.
 */
import { z } from 'zod';
import { ContactUpdate, type ContactView, RequestInput } from '../../../shared/schemas/contacts';
import { TermCode } from '../../../shared/schemas/vocabularies';

const Chosen = z.string().min(1, { error: 'validation.required' }).pipe(TermCode);
const RequestRow = RequestInput.extend({ areaCode: Chosen, categoryCode: Chosen, outcomeCode: Chosen });

export const ContactEditInput = ContactUpdate.omit({ version: true }).extend({
  requests: z
    .array(RequestRow)
    .min(1, { error: 'validation.requestsRequired' })
    .max(10, { error: 'validation.tooMany' }),
});
export type ContactEditValues = z.input<typeof ContactEditInput>;
export type ContactEdit = z.output<typeof ContactEditInput>;

export const BLANK_REQUEST: RequestInput = {
  areaCode: '',
  categoryCode: '',
  description: '',
  outcomeCode: '',
  serviceName: '',
  careRelationId: '',
  messageToCaseWorker: '',
};

export function contactValues(contact: ContactView): ContactEditValues {
  return {
    channel: contact.channel,
    visitorType: contact.visitorType,
    personId: contact.person?.id ?? '',
    profile: {
      ageBand: contact.profile.ageBand,
      sex: contact.profile.sex,
      municipalityId: contact.profile.municipalityId ?? '',
      citizenshipGroup: contact.profile.citizenshipGroup,
    },
    requests: contact.requests.map((request) => ({
      areaCode: request.areaCode,
      categoryCode: request.categoryCode,
      description: request.description ?? '',
      outcomeCode: request.outcomeCode,
      serviceName: request.serviceName ?? '',
      careRelationId: request.careRelationId ?? '',
      messageToCaseWorker: '',
    })),
    heardFrom: contact.heardFrom ?? '',
    language: contact.language,
    interpreter: contact.interpreter,
    operatorIds: contact.operators.map((operator) => operator.userId),
    note: '',
    noteConfidential: false,
  };
}
