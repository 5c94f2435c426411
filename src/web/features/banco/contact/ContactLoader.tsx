/**
 * Opens a contact: the desk's defaults for it (operators checked in, the
 * kiosk ticket's language, the draft key), the draft left under that key if
 * any, the vocabularies, the municipalities and the desk's own municipality;
 * then the form, started from the draft or from the defaults.
 */
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ContactSaved } from '../../../../shared/schemas/contacts';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { DESKS_QUERY, getDesk } from '../../desks/desks.api';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../../municipalities/municipalities.api';
import { findDraft, getContactDefaults } from '../contacts.api';
import { ContactForm } from './ContactForm';
import { startingValues } from './contactForm';
import type { ContactTarget } from './useContactSession';
import { useVocabulary, useVocabularyQuery } from './vocabulary';

export interface ContactLoaderProps {
  deskId: string;
  target: ContactTarget;
  timezone: string;
  onSaved: (saved: ContactSaved) => void;
  onClose: () => void;
  onPersonChange: (personId: string | null) => void;
  hasTicketEnded: boolean;
}

export function ContactLoader({
  deskId,
  target,
  timezone,
  onSaved,
  onClose,
  onPersonChange,
  hasTicketEnded,
}: ContactLoaderProps) {
  const { t } = useTranslation();
  const defaults = useQuery({
    queryKey: ['banco', 'contact-defaults', deskId, target.ticketId, target.opening],
    queryFn: () => getContactDefaults(deskId, target.ticketId),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const draftKey = target.draftKey ?? defaults.data?.draftKey ?? null;
  const draft = useQuery({
    queryKey: ['banco', 'contact-draft', draftKey, target.opening],
    queryFn: () => findDraft(draftKey!),
    enabled: draftKey !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const desk = useQuery({ queryKey: [...DESKS_QUERY, deskId], queryFn: () => getDesk(deskId) });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const vocabularyQuery = useVocabularyQuery();
  const vocabulary = useVocabulary();
  const needs = [defaults, draft, desk, municipalities, vocabularyQuery];
  const failed = needs.find((query) => query.error);

  if (failed) {
    return (
      <div>
        <ErrorAlert error={failed.error} />
        <div className="d-flex gap-2">
          <Button
            type="button"
            color="primary"
            outline
            onClick={() => needs.forEach((query) => void query.refetch())}
          >
            {t('common.retry')}
          </Button>
          <Button type="button" color="secondary" outline onClick={onClose}>
            {t('contactForm.close')}
          </Button>
        </div>
      </div>
    );
  }
  if (
    !defaults.data ||
    !draft.isSuccess ||
    !desk.data ||
    !municipalities.data ||
    !vocabularyQuery.data ||
    !draftKey
  )
    return <Loading />;

  const code = target.ticketCode ?? defaults.data.ticket?.code ?? null;
  const start = {
    deskId,
    ticketId: target.ticketId,
    draftKey,
    defaults: defaults.data,
    deskMunicipalityId: desk.data.municipalityId,
  };
  return (
    <ContactForm
      title={
        target.ticketId ? t('contactForm.titleTicket', { code: code ?? '' }) : t('contactForm.titleDirect')
      }
      initialValues={startingValues({ ...start, draft: draft.data })}
      freshValues={startingValues({ ...start, draft: null })}
      draftSavedAt={draft.data?.updatedAt ?? null}
      defaults={defaults.data}
      vocabulary={vocabulary}
      municipalities={municipalities.data}
      deskMunicipalityId={desk.data.municipalityId}
      timezone={timezone}
      onSaved={onSaved}
      onClose={onClose}
      onPersonChange={onPersonChange}
      hasTicketEnded={hasTicketEnded}
    />
  );
}
