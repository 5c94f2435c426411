/**
 * /servizi/importa: an HSDS 3.0 JSON file of services. The file is read in
 * the browser and sent as text; a dry run comes first and reports every
 * problem by row and field. Only a clean dry run unlocks the real import, of
 * that same text. A bad import changes nothing.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryImportResult } from '../../../shared/schemas/directory';
import { BusyButton } from '../../components/BusyButton';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { DIRECTORY_QUERY, importDirectory } from './directory.api';

export default function DirectoryImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<string | null>(null);
  const [report, setReport] = useState<DirectoryImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setError(null);
    setContent(chosen ? await chosen.text() : null);
  };

  const run = async (dryRun: boolean) => {
    if (!content || busy) return;
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      setReport(await importDirectory({ format: 'json', content, dryRun }));
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: DIRECTORY_QUERY });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const isCleanDryRun = report?.dryRun === true && report.ok && report.errors.length === 0;
  const isImported = report?.dryRun === false && report.ok;
  const counts = report && {
    services: report.services,
    created: report.created,
    updated: report.updated,
    organisations: report.organisationsCreated,
  };

  return (
    <>
      <PageHeading title={t('directory.importTitle')} />
      <p className="lead">{t('directory.importIntro')}</p>
      <div className="form-group">
        <label htmlFor={`${id}-file`} className="active">
          {t('directory.importFile')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          className="form-control"
          onChange={(event) => void choose(event)}
        />
      </div>
      <div className="d-flex flex-wrap gap-3 mb-4">
        <BusyButton
          type="button"
          color="primary"
          outline
          isBusy={busy === 'check'}
          disabled={!content}
          onClick={() => void run(true)}
        >
          {t('directory.importCheck')}
        </BusyButton>
        <BusyButton
          type="button"
          isBusy={busy === 'import'}
          disabled={!isCleanDryRun}
          onClick={() => void run(false)}
        >
          {t('directory.importRun')}
        </BusyButton>
      </div>
      <ErrorAlert error={error} />
      {isCleanDryRun && counts && (
        <Notice color="success" live>
          {t('directory.importOk', counts)}
        </Notice>
      )}
      {isImported && counts && (
        <Notice color="success" live>
          {t('directory.importDone', counts)} <Link to="/servizi">{t('directory.back')}</Link>
        </Notice>
      )}
      {report && report.errors.length > 0 && (
        <>
          <div className="alert alert-danger" role="alert">
            {t('directory.importErrors')}
          </div>
          <DataTable
            caption={t('directory.importErrorsCaption')}
            size="sm"
            columns={[t('directory.importRow'), t('directory.importField'), t('directory.importMessage')]}
          >
            {report.errors.map((problem) => (
              <tr
                key={`${problem.file}-${problem.line}-${problem.index}-${problem.field}-${problem.message}`}
              >
                <th scope="row">
                  {problem.index !== null
                    ? problem.index + 1
                    : [problem.file, problem.line].filter((part) => part !== null).join(':') || '—'}
                </th>
                <td>{problem.field ?? '—'}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
