/**
 * The desk screen's top bar: the desk (the page's heading), open or closed
 * and until when, whether the screen is live, the day's counts, who is
 * present, and my own check-in / check-out / close opening.
 */
import { useTranslation } from 'react-i18next';
import type { QueueState } from '../../../shared/schemas/queue';
import { PageHeading } from '../../components/PageHeading';
import { OpeningSummary } from './OpeningSummary';
import { PresenceControls } from './PresenceControls';
import { PresenceList } from './PresenceList';
import type { BancoActions } from './useBancoActions';

export interface BancoTopBarProps {
  state: QueueState;
  actions: BancoActions;
  isLive: boolean;
  canOperate: boolean;
}

export function BancoTopBar({ state, actions, isLive, canOperate }: BancoTopBarProps) {
  const { t } = useTranslation();
  const { counts } = state;
  return (
    <div className="card banco-topbar shadow-sm mb-3">
      <div className="card-body">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-3 mb-3">
          <div>
            <PageHeading title={state.status.deskName} className="h3 mb-1" />
            <OpeningSummary state={state} />
            <p className="banco-ticket-meta mt-1 mb-0">
              <span className={`live-dot ${isLive ? 'is-live' : ''}`} aria-hidden="true" />
              {isLive ? t('banco.live') : t('banco.reconnecting')}
              {' · '}
              {t('banco.counts', {
                done: counts.done,
                noShow: counts.noShow,
                cancelled: counts.cancelled,
                notServed: counts.notServed,
              })}
            </p>
          </div>
          {canOperate && <PresenceControls state={state} actions={actions} />}
        </div>
        <PresenceList state={state} />
      </div>
    </div>
  );
}
