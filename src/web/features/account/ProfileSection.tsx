/** My profile as the server knows it; read-only (administrators edit it). */
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/schemas/accounts';

export function ProfileSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('users.fullName'), user.fullName],
    [t('users.username'), user.username],
    [
      t('users.organisation'),
      `${user.organisation.name} (${t(`organisationKinds.${user.organisation.kind}`)})`,
    ],
    [t('users.roles'), user.roles.map((role) => t(`roles.${role}`)).join(', ')],
    [t('account.tenant'), user.tenant.name],
  ];
  return (
    <section aria-labelledby="account-profile" className="mb-5">
      <h2 id="account-profile" className="h3">
        {t('account.profile')}
      </h2>
      <dl className="row">
        {rows.map(([term, value]) => (
          <div key={term} className="col-12 row mx-0 px-0">
            <dt className="col-sm-4 col-lg-3">{term}</dt>
            <dd className="col-sm-8 col-lg-9">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="small">{t('account.profileHint')}</p>
    </section>
  );
}
