/** A ticket's status and, for a priority ticket, its reason category: always in words, colour only repeats them. */
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../shared/schemas/queue';

const STATUS_COLOURS: Partial<Record<TicketView['status'], string>> = {
  waiting: 'bg-light text-dark border',
  called: 'bg-primary',
  serving: 'bg-success',
  transferred: 'bg-warning text-dark',
};

export function StatusBadge({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_COLOURS[ticket.status] ?? 'bg-secondary'}`}>
      {t(`ticketStatuses.${ticket.status}`)}
    </span>
  );
}

export function PriorityBadge({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  if (!ticket.isPriority) return null;
  return (
    <span className="badge badge-priority">
      {ticket.priorityReason
        ? t('banco.priorityWithReason', { reason: t(`priorityReasons.${ticket.priorityReason}`) })
        : t('banco.priority')}
    </span>
  );
}
