/**
 * What is sent when a contact is saved: each request keeps only the details
 * its outcome uses (a service typed before the outcome changed, or a message
 * to a case worker without an account here, would be refused). Pure.
 */
import { OUTCOME } from '../../../../shared/contacts';
import type { CareRelationView } from '../../../../shared/schemas/people';
import type { ContactOutput } from './contactForm';

export function cleanedForSave(input: ContactOutput, careRelations: CareRelationView[]): ContactOutput {
  return {
    ...input,
    requests: input.requests.map((request) => {
      const isOrientation = request.outcomeCode === OUTCOME.orientation;
      const isOwnWorker = request.outcomeCode === OUTCOME.routedToOwnWorker;
      const relation = careRelations.find((candidate) => candidate.id === request.careRelationId);
      return {
        ...request,
        serviceName: isOrientation ? request.serviceName : null,
        careRelationId: isOwnWorker ? request.careRelationId : null,
        messageToCaseWorker: isOwnWorker && relation?.caseWorkerUserId ? request.messageToCaseWorker : null,
      };
    }),
  };
}
