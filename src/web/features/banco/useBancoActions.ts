/**
 * Everything an operator does on the desk screen, one at a time: while an
 * action runs a second key press is ignored (no double call). Actions that
 * return the queue state store it at once; the others refresh it (the stream
 * would bring it anyway). A refusal is kept for the screen's alert — a 409
 * 'ticket_changed' means another operator acted first, and the fresh queue is
 * already on its way. What went well is said in a polite status line.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriorityReason } from '../../../shared/queue';
import type { QueueState, TicketView } from '../../../shared/schemas/queue';
import {
  actOnTicket,
  callNext,
  checkIn,
  checkOut,
  closeOpening,
  issueTicket,
  queueQueryKey,
  type TicketCommand,
  transferTicket,
} from './queue.api';

function isQueueState(value: unknown): value is QueueState {
  return typeof value === 'object' && value !== null && 'tickets' in value && 'presences' in value;
}

export function useBancoActions(deskId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [isBusy, setBusy] = useState(false);
  const running = useRef(false);

  const run = useCallback(
    async <T>(action: () => Promise<T>, said?: (result: T) => string): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        const result = await action();
        if (isQueueState(result)) queryClient.setQueryData(queueQueryKey(deskId), result);
        else void queryClient.invalidateQueries({ queryKey: queueQueryKey(deskId) });
        setNotice(said?.(result) ?? '');
        return true;
      } catch (caught) {
        setNotice('');
        setError(caught);
        void queryClient.invalidateQueries({ queryKey: queueQueryKey(deskId) });
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [deskId, queryClient],
  );

  const called = (ticket: TicketView | null) =>
    ticket
      ? t('banco.calledNotice', { code: ticket.code, counter: ticket.counter ?? '' })
      : t('banco.nobodyWaiting');

  return {
    error,
    notice,
    isBusy,
    clearError: () => setError(null),
    checkIn: (counter: string) =>
      run(
        () => checkIn(deskId, { counter }),
        () => t('banco.checkedInNotice', { counter }),
      ),
    checkOut: () =>
      run(
        () => checkOut(deskId),
        () => t('banco.checkedOutNotice'),
      ),
    closeOpening: () =>
      run(
        () => closeOpening(deskId),
        () => t('banco.openingClosedNotice'),
      ),
    issue: (priorityReason: PriorityReason | null) =>
      run(
        () => issueTicket(deskId, { priorityReason, language: null }),
        (ticket) => t('banco.issuedNotice', { code: ticket.code }),
      ),
    callNext: () =>
      run(
        () => callNext(deskId),
        (result) => called(result.ticket),
      ),
    act: (ticket: TicketView, command: TicketCommand) =>
      run(
        () => actOnTicket(ticket, command),
        (result) =>
          command === 'call' || command === 'recall'
            ? called(result)
            : t('banco.ticketNotice', {
                code: result.code,
                status: t(`ticketStatuses.${result.status}`),
              }),
      ),
    transfer: (ticket: TicketView, toUserId: string, toName: string) =>
      run(
        () => transferTicket(ticket, toUserId),
        (result) => t('banco.transferredNotice', { code: result.code, name: toName }),
      ),
  };
}

export type BancoActions = ReturnType<typeof useBancoActions>;
