/**
 * One indicator as a headline card: its value in its unit, the previous
 * period's value and the change, the target and whether it was met, and a
 * note when the indicator describes the desk and so ignores the filters on
 * organisation, municipality and area.
 */
import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorValue } from '../../../shared/schemas/indicators';
import { formatChange, formatValue } from './format';
import { TargetStatus } from './TargetStatus';

export function PreviousValue({ value }: { value: IndicatorValue }) {
  const { t, i18n } = useTranslation();
  const { unit } = indicatorDefinition(value.id);
  if (value.previous === null) return null;
  const change = formatChange(value.value, value.previous, unit, t, i18n.language);
  const previous = formatValue(value.previous, unit, t, i18n.language);
  return (
    <span>
      {change
        ? t('dashboard.previousWithChange', { previous, change })
        : t('dashboard.previousOnly', { previous })}
    </span>
  );
}

/** "About the desk, not filtered": shown on desk-scoped indicators while a flow filter is on. */
export function DeskScopeNote({ value, isFiltered }: { value: IndicatorValue; isFiltered: boolean }) {
  const { t } = useTranslation();
  if (!isFiltered || indicatorDefinition(value.id).scope !== 'desk') return null;
  return <span className="fst-italic">{t('dashboard.deskScope')}</span>;
}

export function IndicatorCard({ value, isFiltered }: { value: IndicatorValue; isFiltered: boolean }) {
  const { t, i18n } = useTranslation();
  const { unit } = indicatorDefinition(value.id);
  return (
    <div className="card card-bg h-100 shadow-sm" data-testid={`indicator-${value.id}`}>
      <div className="card-body">
        <h3 className="card-title h6 mb-2">{t(`indicators.${value.id}.label`)}</h3>
        <p className="h3 mb-2 indicator-value">{formatValue(value.value, unit, t, i18n.language)}</p>
        <ul className="list-unstyled small mb-0 d-grid gap-1">
          <li>
            <PreviousValue value={value} />
          </li>
          <li>
            <TargetStatus value={value} />
          </li>
          <li>
            <DeskScopeNote value={value} isFiltered={isFiltered} />
          </li>
        </ul>
      </div>
    </div>
  );
}
