/**
 * The centre of the desk screen: the contact being recorded (see
 * contact/ContactForm), opened by itself when my ticket is being served, or
 * for a direct contact (phone, e-mail, outreach) with its key. With nothing
 * open: what was just saved, "new direct contact", and my drafts to resume.
 */
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTCOME } from '../../../shared/contacts';
import type { ContactSaved } from '../../../shared/schemas/contacts';
import { ShortcutHint, shortcutProps } from '../../components/ShortcutHint';
import { ContactLoader } from './contact/ContactLoader';
import './contact/contact.css';
import { DraftList } from './contact/DraftList';
import { DIRECT_CONTACT_KEY } from './contact/shortcuts';
import type { ContactSession } from './contact/useContactSession';

export interface ContactPanelProps {
  deskId: string;
  timezone: string;
  session: ContactSession;
  shortcutsOn: boolean;
}

export function ContactPanel({ deskId, timezone, session, shortcutsOn }: ContactPanelProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<ContactSaved | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { target, servingElsewhere } = session;
  const directKey = shortcutsOn ? DIRECT_CONTACT_KEY : undefined;

  // A contact just closed (saved or put aside): focus its heading, where the status is read and single keys work again.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (target) setSaved(null);
    else if (wasOpen.current) heading.current?.focus();
    wasOpen.current = target !== null;
  }, [target]);

  const onSaved = (result: ContactSaved) => {
    setSaved(result);
    session.close();
  };

  if (target) {
    return (
      <section className="card banco-contact is-open shadow-sm" aria-labelledby="contact-form-title">
        <div className="card-body">
          {servingElsewhere && (
            <div className="alert alert-info d-flex flex-wrap align-items-center gap-2">
              <span>{t('contactForm.otherTicketServing', { code: servingElsewhere.code })}</span>
              <Button
                type="button"
                color="primary"
                outline
                size="xs"
                onClick={() => session.openTicket(servingElsewhere)}
              >
                {t('contactForm.openTicketContact', { code: servingElsewhere.code })}
              </Button>
            </div>
          )}
          <ContactLoader
            key={target.opening}
            deskId={deskId}
            target={target}
            timezone={timezone}
            onSaved={onSaved}
            onClose={session.close}
            onPersonChange={session.setPersonId}
            hasTicketEnded={session.hasTicketEnded}
          />
        </div>
      </section>
    );
  }

  return (
    <section className="card banco-contact shadow-sm" aria-labelledby="banco-contact-title">
      <div className="card-body">
        <h2 id="banco-contact-title" ref={heading} tabIndex={-1} className="h5">
          {t('contactForm.panelTitle')}
        </h2>
        <div role="status">
          {saved && (
            <p className="alert alert-success" data-testid="contact-saved">
              {saved.joinedExisting ? t('contactForm.savedJoined') : t('contactForm.saved')}{' '}
              <Link to={`/contatti/${saved.contact.id}`}>{t('contactForm.openSaved')}</Link>
              {saved.contact.requests.some((request) => request.outcomeCode === OUTCOME.referral) && (
                <>
                  {' '}
                  <Link
                    className="fw-semibold"
                    to={`/contatti/${saved.contact.id}`}
                    data-testid="complete-referral"
                  >
                    {t('referrals.completeReferral')}
                  </Link>
                </>
              )}
            </p>
          )}
        </div>
        <p>{t('contactForm.idle')}</p>
        <div className="d-flex flex-wrap gap-2">
          {servingElsewhere && (
            <Button type="button" color="primary" onClick={() => session.openTicket(servingElsewhere)}>
              {t('contactForm.openTicketContact', { code: servingElsewhere.code })}
            </Button>
          )}
          <Button
            type="button"
            color="primary"
            outline
            data-testid="open-direct-contact"
            onClick={session.openDirect}
            {...shortcutProps(directKey)}
          >
            {t('contactForm.newDirect')}
            <ShortcutHint shortcut={directKey} />
          </Button>
        </div>
        <DraftList deskId={deskId} timezone={timezone} openKey={null} onResume={session.resumeDraft} />
      </div>
    </section>
  );
}
