/**
 * The indicator report as the cells an export writes, with small-cell
 * suppression applied: counts 1–4 become "<5", and a table row whose count is
 * suppressed shows "<5" for its share, rate and previous count too, so the
 * hidden count cannot be worked back. Shared by the CSV and XLSX writers.
 */
import {
  INDICATOR_TABLES,
  INDICATORS,
  type IndicatorGroup,
  type IndicatorId,
  type IndicatorUnit,
  SUPPRESSED,
  suppress,
} from '../../../shared/indicators';
import type { Language } from '../../../shared/roles';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { translate } from '../../http/i18n';

/** A number, "<5", or nothing. */
export type Cell = number | typeof SUPPRESSED | null;

export interface IndicatorLine {
  id: IndicatorId;
  group: IndicatorGroup;
  label: string;
  unit: IndicatorUnit;
  value: Cell;
  previous: Cell;
  target: number | null;
  met: boolean | null;
}

export interface TableLine {
  key: string;
  label: string;
  value: Cell;
  /** 0–1. */
  share: Cell;
  previous: Cell;
  rate: Cell;
}

export interface TableBlock {
  id: string;
  group: IndicatorGroup;
  title: string;
  rows: TableLine[];
}

const count = (value: number | null, on: boolean): Cell => (value === null ? null : suppress(value, on));

/** Every scalar indicator in catalogue order, counts suppressed when `on`. */
export function indicatorLines(report: IndicatorReport, on: boolean, lang: Language): IndicatorLine[] {
  return INDICATORS.map((definition) => {
    const v = report.values.find((x) => x.id === definition.id);
    const isCount = definition.unit === 'count';
    return {
      id: definition.id,
      group: definition.group,
      label: translate(lang, `indicators.${definition.id}.label`),
      unit: definition.unit,
      value: isCount ? count(v?.value ?? null, on) : (v?.value ?? null),
      previous: isCount ? count(v?.previous ?? null, on) : (v?.previous ?? null),
      target: v?.target ?? null,
      met: v?.met ?? null,
    };
  });
}

/** Every breakdown table in catalogue order; a suppressed count hides its row's share, rate and previous. */
export function tableBlocks(report: IndicatorReport, on: boolean, lang: Language): TableBlock[] {
  return INDICATOR_TABLES.map(({ id, group }) => {
    const table = report.tables.find((t) => t.id === id);
    return {
      id,
      group,
      title: translate(lang, `indicatorTables.${id}`),
      rows: (table?.rows ?? []).map((row) => {
        const value = suppress(row.value, on);
        const hidden = value === SUPPRESSED;
        return {
          key: row.key,
          label: row.label,
          value,
          share: hidden ? SUPPRESSED : row.share,
          previous: hidden ? SUPPRESSED : count(row.previous, on),
          rate: hidden ? SUPPRESSED : row.rate,
        };
      }),
    };
  });
}

export const groupLabel = (group: IndicatorGroup, lang: Language) =>
  translate(lang, `indicatorGroups.${group}`);
export const unitLabel = (unit: IndicatorUnit, lang: Language) => translate(lang, `exports.units.${unit}`);
export const definitionOf = (id: IndicatorId, lang: Language) =>
  translate(lang, `indicators.${id}.definition`);
export const metLabel = (met: boolean | null, lang: Language) =>
  met === null ? '' : translate(lang, met ? 'exports.met.yes' : 'exports.met.no');
