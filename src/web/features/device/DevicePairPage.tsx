/**
 * /device/pair#code=…: the page behind a device's one-time link. It pairs
 * this browser (the server sets the device cookie), drops the code from the
 * address, and opens the kiosk or the display. A used, expired or mistyped
 * link is said plainly, with what to do.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { codeFromHash, pairDevice } from './device.api';

export default function DevicePairPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const code = codeFromHash(hash);
  const [failure, setFailure] = useState<string | null>(code ? null : t('device.pairingInvalid'));
  const tried = useRef('');

  useEffect(() => {
    if (!code || tried.current === code) return;
    tried.current = code;
    pairDevice(code)
      .then(({ kind }) => {
        window.history.replaceState(null, '', window.location.pathname);
        void navigate(`/${kind}`, { replace: true });
      })
      .catch((error: unknown) => {
        const isRefused = error instanceof ApiError && error.status >= 400 && error.status < 500;
        setFailure(isRefused ? t('device.pairingInvalid') : t('device.pairingFailed'));
      });
  }, [code, navigate, t]);

  useEffect(() => {
    document.title = t('device.pairTitle');
  }, [t]);

  return (
    <main id="main" className="device-pair container py-5">
      <div className="card shadow-sm mx-auto device-pair-card">
        <div className="card-body p-4 p-lg-5">
          <h1 className="h2 mb-4">{t('device.pairTitle')}</h1>
          {failure ? (
            <div className="alert alert-warning mb-0" role="alert">
              <p className="mb-2">{failure}</p>
              <p className="mb-0">{t('device.pairingHint')}</p>
            </div>
          ) : (
            <Loading />
          )}
        </div>
      </div>
    </main>
  );
}
