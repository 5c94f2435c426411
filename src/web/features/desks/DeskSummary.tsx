/** One desk as staff read it: address, the organisations staffing it, the weekly hours. */
import { useTranslation } from 'react-i18next';
import type { DeskView } from '../../../shared/schemas/accounts';
import { hoursByDay, weekdayName } from './weekdays';

export function DeskSummary({ desk }: { desk: DeskView }) {
  const { t, i18n } = useTranslation();
  const days = hoursByDay(desk.hours);
  return (
    <div className="card-body">
      <h3 className="card-title h5">{desk.name}</h3>
      <p className="mb-2">{desk.address}</p>
      <p className="mb-2">
        <span className="fw-semibold">{t('desks.staffedBy')}: </span>
        {desk.organisations.map((organisation) => organisation.name).join(', ')}
      </p>
      <p className="fw-semibold mb-1">{t('desks.weeklyHours')}</p>
      {days.length === 0 ? (
        <p className="mb-0">{t('desks.noHours')}</p>
      ) : (
        <ul className="mb-0 ps-3">
          {days.map((day) => (
            <li key={day.weekday}>
              <span className="text-capitalize">{weekdayName(day.weekday, i18n.language)}</span>:{' '}
              {day.windows.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
