/** Check the audit trail's hash chain and say plainly whether it is intact, and if not where it breaks. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../shared/schemas/audit';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';
import { verifyAuditTrail } from './audit.api';

export function VerifyChain() {
  const { t } = useTranslation();
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await verifyAuditTrail());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-verify" className="mb-4">
      <h2 id="audit-verify" className="h4">
        {t('audit.verifyTitle')}
      </h2>
      <p>{t('audit.verifyIntro')}</p>
      <BusyButton type="button" isBusy={isBusy} onClick={() => void verify()}>
        {t('audit.verify')}
      </BusyButton>
      <div className="mt-3">
        <ErrorAlert error={error} />
        {result?.ok && (
          <Notice color="success" live>
            {t('audit.verifyOk', { count: result.checked })}
          </Notice>
        )}
        {result && !result.ok && (
          <div className="alert alert-danger" role="alert">
            {t('audit.verifyBroken', {
              seq: result.brokenAt ?? '?',
              count: result.checked,
              reason: t(`audit.reasons.${result.reason ?? 'hash_mismatch'}`),
            })}
          </div>
        )}
      </div>
    </section>
  );
}
