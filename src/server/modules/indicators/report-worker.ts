/**
 * The PDF report, rendered in a worker thread: pdfmake lays pages out in one
 * long synchronous run, which must not stop the server answering requests.
 * Receives { report, lang, suppress }, posts back the PDF bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '../../../shared/roles';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { renderReportPdf } from './report-pdf';

const { report, lang, suppress } = workerData as {
  report: IndicatorReport;
  lang: Language;
  suppress: boolean;
};
const pdf = await renderReportPdf(report, lang, { suppress });
parentPort?.postMessage(new Uint8Array(pdf));
