/**
 * /monitoraggio/prese-in-carico/importa: the consortium's CSV of people in
 * care. The file is read in the browser and sent as text; a dry run comes
 * first and reports every problem by line and field. Only a clean dry run
 * unlocks the real import, of that same text.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CareImportResult } from '../../../shared/schemas/people';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { PEOPLE_QUERY } from '../people/people.api';
import { CsvFormatHelp } from './CsvFormatHelp';
import { CARE_QUERY, importCareRelations } from './care.api';
import { ImportReport } from './ImportReport';

export default function CareImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [report, setReport] = useState<CareImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setReport(null);
    setError(null);
    setFile(chosen ? { name: chosen.name, csv: await chosen.text() } : null);
  };

  const run = async (dryRun: boolean) => {
    if (!file || busy) return;
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const result = await importCareRelations({ csv: file.csv, dryRun });
      setReport(result);
      if (!dryRun) {
        await queryClient.invalidateQueries({ queryKey: CARE_QUERY });
        await queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY });
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const isCleanDryRun = report?.dryRun === true && report.ok && report.errors.length === 0;
  const isImported = report?.dryRun === false && report.ok;

  return (
    <>
      <PageHeading title={t('care.importTitle')} />
      <p className="lead">{t('care.importIntro')}</p>
      <CsvFormatHelp />
      <div className="form-group">
        <label htmlFor={`${id}-file`} className="active">
          {t('care.importFile')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          className="form-control"
          aria-describedby={`${id}-file-hint`}
          onChange={(event) => void choose(event)}
        />
        <small id={`${id}-file-hint`} className="form-text">
          {t('care.importFileHint')}
        </small>
      </div>
      <div className="d-flex flex-wrap gap-3 mb-4">
        <BusyButton
          type="button"
          color="primary"
          outline
          isBusy={busy === 'check'}
          disabled={!file}
          onClick={() => void run(true)}
        >
          {t('care.importCheck')}
        </BusyButton>
        <BusyButton
          type="button"
          isBusy={busy === 'import'}
          disabled={!isCleanDryRun}
          aria-describedby={isCleanDryRun ? undefined : `${id}-import-hint`}
          onClick={() => void run(false)}
        >
          {t('care.importRun')}
        </BusyButton>
      </div>
      {!isCleanDryRun && !isImported && (
        <p id={`${id}-import-hint`} className="small">
          {t('care.importRunHint')}
        </p>
      )}
      <ErrorAlert error={error} />
      {isImported && (
        <Notice color="success" live>
          {t('care.imported', { count: report.rows })}{' '}
          <Link to="/monitoraggio/prese-in-carico">{t('care.backToRegistry')}</Link>
        </Notice>
      )}
      {report && <ImportReport report={report} fileName={file?.name ?? ''} />}
    </>
  );
}
