/** What the import expects, said on the page: the columns in order, what each holds, and the file's form. */
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';

const COLUMNS = [
  'id_esterno',
  'codice_fiscale',
  'cognome',
  'nome',
  'data_nascita',
  'ente',
  'servizio',
  'operatore',
  'recapito_operatore',
  'dal',
  'al',
] as const;

/** Data, not prose: the same in every interface language, as the consortium's export writes it. */
const EXAMPLE = [
  COLUMNS.join(';'),
  'SAD-77;;Verdi;Giuseppina;01/08/1960;Consorzio CISA 31;Assistenza domiciliare;Anna Bianco;011 555 1234;2025-09-01;',
  ';;Neri;Francesco;15/05/1970;ASL TO5;Centro di salute mentale;Dott. Bruno;;2026-11-15;2027-06-30',
].join('\n');

export function CsvFormatHelp() {
  const { t } = useTranslation();
  return (
    <details className="mb-4">
      <summary className="fw-semibold">{t('care.formatTitle')}</summary>
      <p className="mt-3">{t('care.formatIntro')}</p>
      <DataTable
        caption={t('care.formatCaption')}
        size="sm"
        columns={[t('care.formatColumn'), t('care.formatMeaning')]}
      >
        {COLUMNS.map((column) => (
          <tr key={column}>
            <th scope="row">
              <code>{column}</code>
            </th>
            <td>{t(`care.columns.${column}`)}</td>
          </tr>
        ))}
      </DataTable>
      <p>{t('care.formatMatching')}</p>
      <p className="small mb-1">{t('care.formatExample')}</p>
      <pre className="small bg-light p-2">{EXAMPLE}</pre>
    </details>
  );
}
