/**
 * E-mail about referrals, over SMTP with nodemailer when SMTP_URL is set.
 * A message carries no personal data: only what happened, in the
 * recipient's language, and a link to the referral in the app. E-mail is a
 * courtesy on top of the in-app notification, which is the record: a failed
 * delivery never undoes or fails the change that caused it.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { LANGUAGES, type Language } from '../../../shared/roles';
import type { Config } from '../../config';
import type { NotificationsTable } from '../../db/tables';
import { translate } from '../../http/i18n';

export interface ReferralMail {
  to: string;
  locale: string;
  kind: NotificationsTable['kind'];
  referralId: string;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/** The link a message carries: the referral's page in the app, nothing else. */
export function referralLink(config: Config, referralId: string): string {
  return `${config.publicUrl}/invii/${referralId}`;
}

/** Send the messages, one per recipient; returns how many the server accepted. */
export async function sendReferralMails(config: Config, mails: readonly ReferralMail[]): Promise<number> {
  if (!config.smtpUrl || mails.length === 0) return 0;
  const transport = transportFor(config.smtpUrl);
  const results = await Promise.allSettled(
    mails.map((mail) => {
      const lang: Language = (LANGUAGES as readonly string[]).includes(mail.locale)
        ? (mail.locale as Language)
        : 'it';
      const link = referralLink(config, mail.referralId);
      return transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: translate(lang, `referralNotifications.mail.${mail.kind}`),
        text: translate(lang, 'referralNotifications.mail.body', { link }),
      });
    }),
  );
  return results.filter((r) => r.status === 'fulfilled').length;
}
