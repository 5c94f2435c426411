/**
 * The operator's own presence: check in at a counter, check out, and close
 * the opening (after a confirmation saying what happens to those waiting).
 */
import { Button } from 'design-react-kit';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueState } from '../../../shared/schemas/queue';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { BancoActions } from './useBancoActions';

export interface PresenceControlsProps {
  state: QueueState;
  actions: BancoActions;
}

export function PresenceControls({ state, actions }: PresenceControlsProps) {
  const { t } = useTranslation();
  const counterId = useId();
  const [isClosing, setClosing] = useState(false);
  const counters = state.settings.counters;
  const taken = new Set(
    state.presences.filter((presence) => presence.checkedOutAt === null).map((presence) => presence.counter),
  );
  const [counter, setCounter] = useState(
    () => counters.find((name) => !taken.has(name)) ?? counters[0] ?? '',
  );
  const mine = state.myPresence;
  const isRunning = state.opening !== null && state.opening.closedAt === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void actions.checkIn(counter);
  };

  return (
    <div className="banco-presence-controls d-flex flex-wrap align-items-end gap-3">
      {mine ? (
        <>
          <p className="mb-0 fw-semibold">{t('banco.youAreAt', { counter: mine.counter })}</p>
          <BusyButton
            type="button"
            color="primary"
            outline
            isBusy={actions.isBusy}
            onClick={() => void actions.checkOut()}
          >
            {t('banco.checkOut')}
          </BusyButton>
        </>
      ) : (
        <form className="d-flex flex-wrap align-items-end gap-2" onSubmit={submit}>
          <div className="select-wrapper banco-counter-select">
            <label htmlFor={counterId}>{t('banco.counter')}</label>
            <select id={counterId} value={counter} onChange={(event) => setCounter(event.target.value)}>
              {counters.map((name) => (
                <option key={name} value={name}>
                  {taken.has(name) ? t('banco.counterTaken', { counter: name }) : name}
                </option>
              ))}
            </select>
          </div>
          <BusyButton isBusy={actions.isBusy}>{t('banco.checkIn')}</BusyButton>
        </form>
      )}
      {isRunning && (
        <Button type="button" color="danger" outline onClick={() => setClosing(true)}>
          {t('banco.closeOpening')}
        </Button>
      )}
      <ConfirmDialog
        isOpen={isClosing}
        title={t('banco.closeOpening')}
        confirmLabel={t('banco.closeOpening')}
        onCancel={() => setClosing(false)}
        onConfirm={async () => {
          await actions.closeOpening();
          setClosing(false);
        }}
      >
        {t('banco.closeOpeningConfirm', { count: state.counts.waiting })}
      </ConfirmDialog>
    </div>
  );
}
