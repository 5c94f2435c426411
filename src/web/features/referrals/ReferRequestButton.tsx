/** "Invia a un servizio" under a saved request, opening the send dialog for it. */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME } from '../../../shared/contacts';
import type { RequestView } from '../../../shared/schemas/contacts';
import { useTerms } from '../vocabularies/useTerms';
import { SendReferralDialog } from './SendReferralDialog';

export function ReferRequestButton({ request }: { request: RequestView }) {
  const { t } = useTranslation();
  const terms = useTerms();
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="mt-1">
      <Button
        type="button"
        size="xs"
        color="primary"
        outline={request.outcomeCode !== OUTCOME.referral}
        onClick={() => setOpen(true)}
      >
        {t('referrals.sendRequest')}
        {/* Several requests, several buttons: each says which request it refers. */}
        <span className="visually-hidden">
          : {terms.label('area', request.areaCode)} → {terms.label('need_category', request.categoryCode)}
        </span>
      </Button>
      {isOpen && (
        <SendReferralDialog
          requestId={request.id}
          serviceHint={request.serviceName}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}
