/** "Tutti gli indicatori": every value with the previous period, the target, whether it was met, and its definition. */
import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorValue } from '../../../shared/schemas/indicators';
import { DataTable } from '../../components/DataTable';
import { formatValue } from './format';
import { MetStatus } from './TargetStatus';

export function AllIndicatorsTable({
  values,
  hasPrevious,
}: {
  values: IndicatorValue[];
  hasPrevious: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = (value: IndicatorValue, n: number | null) =>
    formatValue(n, indicatorDefinition(value.id).unit, t, i18n.language);
  return (
    <section aria-labelledby="dashboard-all" className="mb-5">
      <h2 id="dashboard-all" className="h3 border-bottom pb-2 mb-3">
        {t('dashboard.all')}
      </h2>
      <DataTable
        caption={t('dashboard.allCaption')}
        size="sm"
        columns={[
          t('dashboard.table.indicator'),
          { label: t('dashboard.table.indicatorValue'), className: 'text-end' },
          ...(hasPrevious ? [{ label: t('dashboard.table.previous'), className: 'text-end' }] : []),
          { label: t('dashboard.table.target'), className: 'text-end pe-4' },
          t('dashboard.table.met'),
        ]}
      >
        {values.map((value) => (
          <tr key={value.id}>
            <th scope="row">
              <details>
                <summary>{t(`indicators.${value.id}.label`)}</summary>
                <p className="small fw-normal mb-0">{t(`indicators.${value.id}.definition`)}</p>
              </details>
            </th>
            <td className="text-end">{format(value, value.value)}</td>
            {hasPrevious && <td className="text-end">{format(value, value.previous)}</td>}
            <td className="text-end pe-4">{value.target === null ? '—' : format(value, value.target)}</td>
            <td>{value.target === null ? '—' : <MetStatus met={value.met} />}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
