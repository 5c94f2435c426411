/** A kiosk or display whose pairing the server does not know (never paired, revoked, new link issued). */
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isUnpaired } from './useDeviceSession';

export function NotPaired({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="device-pair container py-5">
      <div className="card shadow-sm mx-auto device-pair-card">
        <div className="card-body p-4 p-lg-5">
          <h1 className="h2 mb-4">{t('device.notPairedTitle')}</h1>
          {isUnpaired(error) || !error ? (
            <div className="alert alert-warning mb-0">
              <p className="mb-2">{t('device.notPaired')}</p>
              <p className="mb-0">{t('device.pairingHint')}</p>
            </div>
          ) : (
            <ErrorAlert error={error} />
          )}
        </div>
      </div>
    </main>
  );
}
