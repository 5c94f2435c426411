/** Download the whole directory as HSDS 3.0 JSON (an array of compiled `service` objects), built in the browser from the server's reply. */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { exportDirectory } from './directory.api';

export function ExportButton() {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      const services = await exportDirectory();
      const blob = new Blob([`${JSON.stringify(services, null, 2)}\n`], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `servizi-hsds-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Button type="button" color="primary" outline onClick={() => void download()}>
        {t('directory.export')}
      </Button>
      <ErrorAlert error={error} className="w-100" />
    </>
  );
}
