/** The export log: who asked for what and when, each job's status, an accessible progress bar, the download. */
import { useTranslation } from 'react-i18next';
import type { ExportJob } from '../../../shared/schemas/indicators';
import { fileUrl } from './exports.api';

function Status({ job }: { job: ExportJob }) {
  const { t, i18n } = useTranslation();
  const label = t(`exports.statuses.${job.status}`);
  if (job.status === 'queued' || job.status === 'running') {
    const at = new Date(job.createdAt).toLocaleString(i18n.language);
    return (
      <>
        <span>{label}</span>
        <div className="progress mt-1" style={{ height: '0.5rem' }}>
          <div
            className="progress-bar"
            role="progressbar"
            aria-label={t('exports.progress', { at })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={job.progress}
            style={{ width: `${job.progress}%` }}
          />
        </div>
      </>
    );
  }
  return (
    <>
      <span>{label}</span>
      {job.error && <p className="small text-danger mb-0">{job.error}</p>}
    </>
  );
}

export function ExportLog({ jobs }: { jobs: ExportJob[] }) {
  const { t, i18n } = useTranslation();
  const running = jobs.filter((j) => j.status === 'queued' || j.status === 'running').length;
  return (
    <section aria-labelledby="export-log-title" className="mt-4">
      <h3 id="export-log-title" className="h5">
        {t('exports.log')}
      </h3>
      <p role="status" aria-live="polite" className="visually-hidden">
        {running > 0 ? t('exports.liveRunning', { count: running }) : t('exports.liveIdle')}
      </p>
      {jobs.length === 0 ? (
        <p>{t('exports.logEmpty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <thead>
              <tr>
                {['createdAt', 'createdBy', 'what', 'period', 'desk', 'suppress', 'status', 'file'].map(
                  (c) => (
                    <th key={c} scope="col">
                      {t(`exports.columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id}>
                  <td>{new Date(job.createdAt).toLocaleString(i18n.language)}</td>
                  <td>{job.createdByName ?? '—'}</td>
                  <td>
                    {t(`exports.kinds.${job.kind}`)} · {job.format.toUpperCase()}
                  </td>
                  <td>
                    {job.from} – {job.to}
                  </td>
                  <td>{job.deskName ?? t('exports.allDesks')}</td>
                  <td>{t(job.suppress ? 'exports.suppressOn' : 'exports.suppressOff')}</td>
                  <td>
                    <Status job={job} />
                  </td>
                  <td>
                    {job.status === 'done' && job.fileName ? (
                      <a href={fileUrl(job.id)} download={job.fileName}>
                        {t('exports.downloadShort')}
                        <span className="visually-hidden"> {job.fileName}</span>
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
