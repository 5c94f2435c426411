/** What a dry run or an import found: the counts, then every problem by line and field. */
import { useTranslation } from 'react-i18next';
import type { CareImportResult } from '../../../shared/schemas/people';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';

export function ImportReport({ report, fileName }: { report: CareImportResult; fileName: string }) {
  const { t } = useTranslation();
  const counts: [string, number][] = [
    [t('care.reportRows'), report.rows],
    [t('care.reportCreated'), report.created],
    [t('care.reportUpdated'), report.updated],
    [t('care.reportUnchanged'), report.unchanged],
    [t('care.reportPeopleCreated'), report.peopleCreated],
  ];
  return (
    <section aria-labelledby="import-report" className="mt-4">
      <h2 id="import-report" className="h3">
        {report.dryRun
          ? t('care.reportDryRunTitle', { file: fileName })
          : t('care.reportTitle', { file: fileName })}
      </h2>
      {report.dryRun && (
        <Notice color={report.ok ? 'success' : 'warning'} live>
          {report.ok ? t('care.reportClean') : t('care.reportProblems', { count: report.errors.length })}
        </Notice>
      )}
      <dl className="row">
        {counts.map(([label, value]) => (
          <div key={label} className="col-6 col-md-4 col-lg-2 mb-2">
            <dt>{label}</dt>
            <dd className="mb-0 h4">{value}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <DataTable
          caption={t('care.errorsCaption', { count: report.errors.length })}
          size="sm"
          columns={[t('care.errorLine'), t('care.errorField'), t('care.errorMessage')]}
        >
          {report.errors.map((problem) => (
            <tr key={`${problem.line}-${problem.field}-${problem.message}`}>
              <th scope="row">{problem.line}</th>
              <td>{problem.field ? <code>{problem.field}</code> : '—'}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
