/**
 * The closing sections of the joint evaluation report: targets met or missed,
 * each organisation's evaluators' notes (as written, never summarised), and
 * the method with every indicator's definition from the catalogue.
 */
import {
  INDICATOR_GROUPS,
  INDICATOR_TABLES,
  INDICATORS,
  indicatorDefinition,
  SMALL_CELL,
} from '../../../shared/indicators';
import type { IndicatorReport, PilotNote } from '../../../shared/schemas/indicators';
import type { Formatter } from './report-format';
import { type Content, heading, indicatorLabel, metCell, subheading, tableNode } from './report-tables';

export function targetsSection(report: IndicatorReport, f: Formatter): Content {
  const withTarget = report.values.filter((v) => v.target !== null);
  if (withTarget.length === 0) {
    const reason = report.pilot ? 'report.noTargets' : 'report.noPilotTargets';
    return [heading(f.t('report.targets'), true), { text: f.t(reason) }];
  }
  const met = withTarget.filter((v) => v.met === true).length;
  const c = 'report.columns';
  const body = withTarget.map((v) => {
    const unit = indicatorDefinition(v.id).unit;
    return [
      indicatorLabel(v.id, f),
      { text: f.value(v.target, unit), alignment: 'right' },
      { text: f.value(v.value, unit), alignment: 'right' },
      metCell(v.met, f),
    ];
  });
  return [
    heading(f.t('report.targets'), true),
    { text: f.t('report.targetsSentence', { met, total: withTarget.length }), style: 'paragraph' },
    tableNode(
      ['*', 70, 70, 80],
      [f.t(`${c}.indicator`), `>${f.t(`${c}.target`)}`, `>${f.t(`${c}.value`)}`, f.t(`${c}.result`)],
      body,
    ),
  ];
}

function noteBlock(note: PilotNote, f: Formatter): Content {
  const body = note.body.trim();
  const text = body ? { text: body, style: 'paragraph' } : { text: f.t('report.noteEmpty'), style: 'muted' };
  const when = note.updatedAt && f.instant(note.updatedAt);
  const updated = when
    ? note.updatedByName
      ? f.t('report.noteUpdatedBy', { name: note.updatedByName, date: when })
      : f.t('report.noteUpdated', { date: when })
    : null;
  return [subheading(note.organisationName), text, ...(updated ? [{ text: updated, style: 'muted' }] : [])];
}

export function notesSection(report: IndicatorReport, f: Formatter): Content {
  const notes = report.pilot?.notes ?? [];
  const content =
    notes.length > 0 ? notes.map((n) => noteBlock(n, f)) : [{ text: f.t('report.noPilotNotes') }];
  return [heading(f.t('report.notes'), true), ...content];
}

/** Per group: each indicator's label and definition, then the names of its tables. */
function definitions(f: Formatter): Content[] {
  return INDICATOR_GROUPS.map((group) => {
    const indicators = INDICATORS.filter((i) => i.group === group).map((i) => ({
      text: [{ text: `${indicatorLabel(i.id, f)}: `, bold: true }, f.t(`indicators.${i.id}.definition`)],
    }));
    const tables = INDICATOR_TABLES.filter((t) => t.group === group).map((t) =>
      f.t(`indicatorTables.${t.id}`),
    );
    return [
      { text: f.t(`indicatorGroups.${group}`), style: 'h3' },
      ...(indicators.length > 0 ? [{ ul: indicators }] : []),
      { text: f.t('report.method.tables', { tables: tables.join('; ') }), margin: [0, 2, 0, 6] },
    ];
  });
}

export function methodSection(report: IndicatorReport, f: Formatter): Content {
  const rules = [
    f.t('report.method.rollups'),
    f.t('report.method.distinctPersons'),
    f.t(`report.sources.${report.source}`),
    f.t(f.suppress ? 'report.method.suppressionOn' : 'report.method.suppressionOff', { limit: SMALL_CELL }),
    f.t(report.previous ? 'report.method.comparison' : 'report.method.noComparison'),
    f.t('report.method.targets'),
  ];
  return [
    heading(f.t('report.methodTitle'), true),
    ...rules.map((text) => ({ text, style: 'paragraph' })),
    subheading(f.t('report.method.definitions')),
    ...definitions(f),
  ];
}
