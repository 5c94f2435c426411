/**
 * A desk's calendar: the openings of the next eight weeks and of the last
 * four, the closures in that period (holidays, patron day, ad hoc), and for
 * coordinators the corrections (extra openings, times of an opening).
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OpeningWindow } from '../../../shared/schemas/queue';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { addDays, localDate } from '../../i18n/format';
import { useSession } from '../../session/session';
import { DESKS_QUERY, getDesk } from '../desks/desks.api';
import { AdjustOpeningDialog } from './AdjustOpeningDialog';
import { ClosuresSection } from './ClosuresSection';
import { calendarQueryKey, getCalendar } from './calendar.api';
import { ExtraOpeningForm } from './ExtraOpeningForm';
import { OpeningsTable } from './OpeningsTable';

const WEEKS_AHEAD = 8;
const WEEKS_BACK = 4;

export default function DeskCalendarPage() {
  const { t } = useTranslation();
  const { deskId = '' } = useParams();
  const { can } = useSession();
  const desk = useQuery({ queryKey: [...DESKS_QUERY, deskId], queryFn: () => getDesk(deskId) });
  const timezone = desk.data?.timezone ?? 'Europe/Rome';
  const today = localDate(new Date(), timezone);
  const from = addDays(today, -7 * WEEKS_BACK);
  const to = addDays(today, 7 * WEEKS_AHEAD);
  const calendar = useQuery({
    queryKey: [...calendarQueryKey(deskId), from, to],
    queryFn: () => getCalendar(deskId, from, to),
    enabled: desk.isSuccess,
  });
  const [adjusting, setAdjusting] = useState<OpeningWindow | null>(null);
  const [notice, setNotice] = useState('');
  const canAdjust = can('opening.manage');
  const now = Date.now();
  const openings = calendar.data?.openings ?? [];
  const upcoming = openings.filter((opening) => Date.parse(opening.end) >= now);
  const recent = openings.filter((opening) => Date.parse(opening.end) < now).reverse();

  return (
    <>
      <PageHeading title={desk.data ? t('calendar.title', { name: desk.data.name }) : t('calendar.link')} />
      <ErrorAlert error={desk.error ?? calendar.error} />
      {(desk.isPending || calendar.isPending) && !desk.error && !calendar.error && <Loading />}
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
      {calendar.data && (
        <>
          <section aria-labelledby="calendar-upcoming">
            <h2 id="calendar-upcoming" className="h3">
              {t('calendar.upcoming')}
            </h2>
            {upcoming.length === 0 ? (
              <p>{t('calendar.noUpcoming')}</p>
            ) : (
              <OpeningsTable
                caption={t('calendar.upcomingCaption', { count: upcoming.length, weeks: WEEKS_AHEAD })}
                openings={upcoming}
                timezone={timezone}
                onAdjust={canAdjust ? setAdjusting : undefined}
              />
            )}
          </section>
          <section className="mt-5" aria-labelledby="calendar-recent">
            <h2 id="calendar-recent" className="h3">
              {t('calendar.recent')}
            </h2>
            {recent.length === 0 ? (
              <p>{t('calendar.noRecent')}</p>
            ) : (
              <OpeningsTable
                caption={t('calendar.recentCaption', { count: recent.length, weeks: WEEKS_BACK })}
                openings={recent}
                timezone={timezone}
                showClosedAt
                onAdjust={canAdjust ? setAdjusting : undefined}
              />
            )}
          </section>
          <ClosuresSection
            deskId={deskId}
            closures={calendar.data.closures}
            canManage={can('closure.manage')}
          />
          {canAdjust && <ExtraOpeningForm deskId={deskId} />}
        </>
      )}
      <AdjustOpeningDialog
        deskId={deskId}
        timezone={timezone}
        opening={adjusting}
        onClose={(said) => {
          setAdjusting(null);
          if (said) setNotice(said);
        }}
      />
    </>
  );
}
