/**
 * The queue column: "new arrival" and "new arrival with priority", each one
 * key away (hint drawn on the button), then the list in call order.
 */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { QueueState, TicketView } from '../../../shared/schemas/queue';
import { ShortcutHint, shortcutProps } from '../../components/ShortcutHint';
import { TicketList } from './TicketList';

/** The queue's single-key shortcuts. */
export const QUEUE_SHORTCUTS = { newArrival: 'N', priorityArrival: 'P' } as const;

export interface QueuePanelProps {
  state: QueueState;
  myId: string;
  /** Checked in with queue.operate, during an opening, with no ticket of my own. */
  canCall: boolean;
  canIssue: boolean;
  shortcutsOn: boolean;
  onNewArrival: () => void;
  onPriorityArrival: () => void;
  onCall: (ticket: TicketView) => void;
}

export function QueuePanel(props: QueuePanelProps) {
  const { t } = useTranslation();
  const { state, shortcutsOn } = props;
  const key = (name: keyof typeof QUEUE_SHORTCUTS) => (shortcutsOn ? QUEUE_SHORTCUTS[name] : undefined);
  return (
    <section className="card banco-queue shadow-sm" aria-labelledby="banco-queue-title">
      <div className="card-body">
        <h2 id="banco-queue-title" className="h5 mb-3">
          {t('banco.queueTitle', { count: state.counts.waiting })}
        </h2>
        {props.canIssue && (
          <div className="banco-queue-actions d-flex flex-wrap gap-2 mb-3">
            <Button
              type="button"
              color="primary"
              outline
              onClick={props.onNewArrival}
              {...shortcutProps(key('newArrival'))}
            >
              {t('banco.newArrival')}
              <ShortcutHint shortcut={key('newArrival')} />
            </Button>
            <Button
              type="button"
              color="primary"
              outline
              onClick={props.onPriorityArrival}
              {...shortcutProps(key('priorityArrival'))}
            >
              {t('banco.priorityArrival')}
              <ShortcutHint shortcut={key('priorityArrival')} />
            </Button>
          </div>
        )}
        <TicketList
          tickets={state.tickets}
          timezone={state.status.timezone}
          myId={props.myId}
          canCall={props.canCall}
          onCall={props.onCall}
        />
      </div>
    </section>
  );
}
