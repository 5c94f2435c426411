/** Openings in a period: day, times, scheduled or extra, note, whether closed; "correct the times" for coordinators. */
import { useTranslation } from 'react-i18next';
import type { OpeningWindow } from '../../../shared/schemas/queue';
import { DataTable } from '../../components/DataTable';
import { RowActionButton } from '../../components/records/RowActions';
import { formatLongDate, formatTime, formatWindow } from '../../i18n/format';

export interface OpeningsTableProps {
  caption: string;
  openings: OpeningWindow[];
  timezone: string;
  showClosedAt?: boolean;
  onAdjust?: (opening: OpeningWindow) => void;
}

export function OpeningsTable({ caption, openings, timezone, showClosedAt, onAdjust }: OpeningsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      caption={caption}
      columns={[
        t('calendar.date'),
        t('calendar.hours'),
        t('calendar.kind'),
        t('calendar.note'),
        ...(showClosedAt ? [t('calendar.closedAt')] : []),
        ...(onAdjust ? [t('common.actions')] : []),
      ]}
    >
      {openings.map((opening) => {
        const day = formatLongDate(opening.date, language);
        return (
          <tr key={opening.start}>
            <th scope="row" className="text-capitalize-first">
              {day}
            </th>
            <td>{formatWindow(opening, language, timezone)}</td>
            <td>{t(`calendar.openingKinds.${opening.kind}`)}</td>
            <td>{opening.note || '—'}</td>
            {showClosedAt && (
              <td>{opening.closedAt ? formatTime(opening.closedAt, language, timezone) : '—'}</td>
            )}
            {onAdjust && (
              <td className="table-actions">
                <RowActionButton name={day} onClick={() => onAdjust(opening)}>
                  {t('calendar.adjust')}
                </RowActionButton>
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
