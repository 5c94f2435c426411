/**
 * Where the contact record will open when serving starts. Contacts are a
 * later capability: until then this says so, and shows only what is known.
 */
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../shared/schemas/queue';

export function ContactPanel({ ticket }: { ticket: TicketView | null }) {
  const { t } = useTranslation();
  const isServing = ticket?.status === 'serving';
  return (
    <section className="card banco-contact" aria-labelledby="banco-contact-title">
      <div className="card-body">
        <h2 id="banco-contact-title" className="h5">
          {t('banco.contactTitle')}
        </h2>
        <p className="mb-0">
          {isServing ? t('banco.contactServing', { code: ticket.code }) : t('banco.contactIdle')}
        </p>
      </div>
    </section>
  );
}
