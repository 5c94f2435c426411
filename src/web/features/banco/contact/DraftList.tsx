/**
 * My drafts at this desk still open (a closed tab, a call interrupted): when
 * each was last saved, and "resume" or "discard". The one open now is left out.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDay, formatTime } from '../../../i18n/format';
import { DRAFTS_QUERY, deleteDraft, listDrafts } from '../contacts.api';

export interface DraftListProps {
  deskId: string;
  timezone: string;
  openKey: string | null;
  onResume: (key: string) => void;
}

export function DraftList({ deskId, timezone, openKey, onResume }: DraftListProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const drafts = useQuery({ queryKey: DRAFTS_QUERY, queryFn: listDrafts });
  const discard = useMutation({
    mutationFn: deleteDraft,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DRAFTS_QUERY }),
  });
  const mine = (drafts.data?.drafts ?? []).filter(
    (draft) => draft.deskId === deskId && draft.key !== openKey,
  );
  if (mine.length === 0 && !drafts.error) return null;
  return (
    <section className="contact-drafts mt-3" aria-labelledby="contact-drafts-title">
      <h3 id="contact-drafts-title" className="h6">
        {t('contactForm.draftsTitle')}
      </h3>
      <ErrorAlert error={drafts.error ?? discard.error} />
      <ul className="list-unstyled mb-0">
        {mine.map((draft) => {
          const when = `${formatDay(draft.updatedAt, i18n.language, timezone)} ${formatTime(draft.updatedAt, i18n.language, timezone)}`;
          const label = draft.key.startsWith('ticket-')
            ? t('contactForm.draftTicket')
            : t('contactForm.draftDirect');
          return (
            <li
              key={draft.key}
              className="d-flex flex-wrap align-items-center gap-2 py-2 border-bottom"
              data-testid="draft-item"
            >
              <span className="flex-grow-1">
                {label} · {t('contactForm.draftUpdated', { when })}
              </span>
              <Button type="button" color="primary" outline size="xs" onClick={() => onResume(draft.key)}>
                {t('contactForm.draftResume')}
                <span className="visually-hidden"> {when}</span>
              </Button>
              <Button
                type="button"
                color="danger"
                outline
                size="xs"
                onClick={() => discard.mutate(draft.key)}
                aria-disabled={discard.isPending || undefined}
              >
                {t('contactForm.draftDiscard')}
                <span className="visually-hidden"> {when}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
