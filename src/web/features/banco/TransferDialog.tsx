/** Hand my ticket to another operator checked in at the desk: choose whom, then confirm. */
import { Button } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceView, TicketView } from '../../../shared/schemas/queue';
import { BusyButton } from '../../components/BusyButton';
import { Dialog } from '../../components/Dialog';

export interface TransferDialogProps {
  isOpen: boolean;
  ticket: TicketView;
  colleagues: PresenceView[];
  onClose: () => void;
  onTransfer: (colleague: PresenceView) => Promise<void>;
}

export function TransferDialog({ isOpen, ticket, colleagues, onClose, onTransfer }: TransferDialogProps) {
  const { t } = useTranslation();
  const name = useId();
  const [chosen, setChosen] = useState('');
  const [isBusy, setBusy] = useState(false);
  const colleague = colleagues.find((presence) => presence.userId === chosen) ?? colleagues[0];

  const transfer = async () => {
    if (!colleague) return;
    setBusy(true);
    try {
      await onTransfer(colleague);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={t('banco.transferTitle', { code: ticket.code })}
      onClose={onClose}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {colleague && (
            <BusyButton type="button" isBusy={isBusy} onClick={() => void transfer()}>
              {t('banco.transfer')}
            </BusyButton>
          )}
        </>
      }
    >
      {colleagues.length === 0 ? (
        <p className="mb-0">{t('banco.transferNobody')}</p>
      ) : (
        <fieldset>
          <legend className="form-legend">{t('banco.transferTo')}</legend>
          {colleagues.map((presence) => (
            <div key={presence.userId} className="form-check">
              <input
                id={`${name}-${presence.userId}`}
                name={name}
                type="radio"
                value={presence.userId}
                checked={colleague?.userId === presence.userId}
                onChange={() => setChosen(presence.userId)}
              />
              <label htmlFor={`${name}-${presence.userId}`}>
                {presence.userName} ({presence.organisationName} · {presence.counter})
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
