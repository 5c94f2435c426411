/**
 * The moves the user may make now, one button each ("Accetta", "Rifiuta"…).
 * Each opens a short dialog with a note — required for rejected, cancelled,
 * on-hold and failed — and sends the version last seen. When someone moved
 * the referral first (409) their sentence stays on screen and the referral
 * is reloaded, so nothing is decided on stale information.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REASON_REQUIRED, type ReferralStatus } from '../../../shared/referrals';
import type { ReferralView } from '../../../shared/schemas/referrals';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/form/TextAreaField';
import { Notice } from '../../components/Notice';
import { moveReferral, REFERRALS_QUERY, referralQuery } from './referrals.api';

const DANGER: readonly ReferralStatus[] = ['rejected', 'cancelled', 'failed', 'entered-in-error'];

export function ReferralMoves({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const [move, setMove] = useState<ReferralStatus | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  // The button that opened the dialog may be gone after the move: focus goes to what happened instead.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || conflict) outcome.current?.focus();
  }, [done, conflict]);
  if (referral.allowedMoves.length === 0 && !done && !conflict) return null;
  return (
    <section aria-labelledby="referral-moves" className="mb-4">
      <h2 id="referral-moves" className="h4">
        {t('referrals.movesTitle')}
      </h2>
      <div ref={outcome} tabIndex={-1}>
        {done && (
          <Notice color="success" live>
            {done}
          </Notice>
        )}
        <ErrorAlert error={conflict} />
      </div>
      <div className="d-flex flex-wrap gap-2">
        {referral.allowedMoves.map((to) => (
          <Button
            key={to}
            type="button"
            color={DANGER.includes(to) ? 'danger' : 'primary'}
            outline={to !== 'accepted' && to !== 'completed'}
            onClick={() => {
              setDone(null);
              setConflict(null);
              setMove(to);
            }}
          >
            {t(`referrals.moves.${to}`)}
          </Button>
        ))}
      </div>
      {move && (
        <MoveDialog
          referral={referral}
          to={move}
          onClose={() => setMove(null)}
          onDone={(moved) => {
            setMove(null);
            setDone(t('referrals.moved', { status: t(`referrals.statuses.${moved.status}`) }));
          }}
          onConflict={(error) => {
            setMove(null);
            setConflict(error);
          }}
        />
      )}
    </section>
  );
}

interface MoveDialogProps {
  referral: ReferralView;
  to: ReferralStatus;
  onClose: () => void;
  onDone: (moved: ReferralView) => void;
  onConflict: (error: unknown) => void;
}

function MoveDialog({ referral, to, onClose, onDone, onConflict }: MoveDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isReasonRequired = REASON_REQUIRED.includes(to);
  const form = useForm<{ note: string }>({ defaultValues: { note: '' } });
  const mutation = useMutation({
    mutationFn: (note: string) =>
      moveReferral(referral.id, { to, note: note.trim() || null, version: referral.version }),
    onSuccess: (moved) => {
      queryClient.setQueryData(referralQuery(referral.id), moved);
      void queryClient.invalidateQueries({ queryKey: REFERRALS_QUERY });
      onDone(moved);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: REFERRALS_QUERY });
        onConflict(error);
        return;
      }
      if (error instanceof ApiError)
        for (const problem of error.fields)
          if (problem.field === 'note')
            form.setError('note', { message: problem.message }, { shouldFocus: true });
    },
  });
  const submit = form.handleSubmit(({ note }) => mutation.mutate(note));
  const formId = `referral-move-${to}`;
  return (
    <Dialog
      isOpen
      title={t('referrals.moveTitle', { move: t(`referrals.moves.${to}`) })}
      onClose={onClose}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <BusyButton
            form={formId}
            isBusy={mutation.isPending}
            color={DANGER.includes(to) ? 'danger' : 'primary'}
          >
            {t(`referrals.moves.${to}`)}
          </BusyButton>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <ErrorAlert
          error={
            mutation.error instanceof ApiError && mutation.error.fields.length > 0 ? null : mutation.error
          }
        />
        <TextAreaField
          label={isReasonRequired ? t('referrals.reasonRequired') : t('referrals.noteOptional')}
          required={isReasonRequired}
          maxLength={1000}
          registration={form.register('note', {
            validate: (value) => !isReasonRequired || value.trim() !== '' || 'validation.required',
          })}
          error={form.formState.errors.note}
        />
      </form>
    </Dialog>
  );
}
