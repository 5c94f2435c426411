/** A group's indicators in brief, beside its charts: value, previous period, target. */
import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorValue } from '../../../shared/schemas/indicators';
import { formatValue } from './format';
import { DeskScopeNote, PreviousValue } from './IndicatorCard';
import { TargetStatus } from './TargetStatus';

export function GroupValues({ values, isFiltered }: { values: IndicatorValue[]; isFiltered: boolean }) {
  const { t, i18n } = useTranslation();
  if (values.length === 0) return null;
  return (
    <dl className="row mb-4">
      {values.map((value) => (
        <div key={value.id} className="col-12 col-md-6 col-xl-4 mb-3">
          <dt>{t(`indicators.${value.id}.label`)}</dt>
          <dd className="mb-0">
            <span className="h5">
              {formatValue(value.value, indicatorDefinition(value.id).unit, t, i18n.language)}
            </span>
            <div className="small d-grid gap-1">
              <PreviousValue value={value} />
              <TargetStatus value={value} />
              <DeskScopeNote value={value} isFiltered={isFiltered} />
            </div>
          </dd>
        </div>
      ))}
    </dl>
  );
}
