/** An indicator's target and whether it was met, in words and with an icon (never by colour alone). */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorValue } from '../../../shared/schemas/indicators';
import { formatValue } from './format';

const STATUS = {
  met: { icon: 'it-check-circle', color: 'success' },
  missed: { icon: 'it-close-circle', color: 'danger' },
  unknown: { icon: 'it-help-circle', color: 'secondary' },
} as const;

/** "raggiunto" / "non raggiunto" / "non valutabile", with its icon. */
export function MetStatus({ met }: { met: boolean | null }) {
  const { t } = useTranslation();
  const status = met === null ? 'unknown' : met ? 'met' : 'missed';
  return (
    <span className="d-inline-flex align-items-center gap-1">
      <Icon icon={STATUS[status].icon} size="sm" color={STATUS[status].color} aria-hidden />
      <strong>{t(`dashboard.target.${status}`)}</strong>
    </span>
  );
}

export function TargetStatus({ value }: { value: IndicatorValue }) {
  const { t, i18n } = useTranslation();
  const definition = indicatorDefinition(value.id);
  if (value.target === null) return null;
  const target = formatValue(value.target, definition.unit, t, i18n.language);
  const direction = definition.better === 'lower' ? 'atMost' : 'atLeast';
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-1">
      <span>{`${t(`dashboard.target.${direction}`, { target })} — `}</span>
      <MetStatus met={value.met} />
    </span>
  );
}
