/**
 * schema.org GovernmentService for a desk's pages: who provides it, where,
 * when (one OpeningHoursSpecification per weekly window), free of charge.
 * Search engines and assistants read it; residents never see it.
 */
import { publicDeskPath } from '../../../../shared/public';
import type { PublicDesk } from '../public.service';
import { clockTime } from './format';
import type { PageEnv } from './page-env';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function governmentService(env: PageEnv, pd: PublicDesk): object {
  const { t } = env;
  const { desk } = pd;
  const url = `${env.publicUrl}${publicDeskPath(desk.id)}`;
  const hours = [...desk.hours]
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))
    .map((h) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${SCHEMA_DAYS[h.weekday - 1]}`,
      opens: clockTime(h.opensAt),
      closes: clockTime(h.closesAt),
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: `${t('site.service')} – ${desk.name}`,
    description: t('home.description', { desk: desk.name }),
    serviceType: t('site.tagline'),
    url,
    inLanguage: env.lang,
    isAccessibleForFree: true,
    provider: desk.organisations.map((o) => ({ '@type': 'GovernmentOrganization', name: o.name })),
    ...(pd.municipality
      ? {
          areaServed: {
            '@type': 'City',
            name: pd.municipality,
            address: { '@type': 'PostalAddress', addressCountry: 'IT' },
          },
        }
      : {}),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: url,
      ...(pd.phone || pd.email
        ? {
            servicePhone: {
              '@type': 'ContactPoint',
              ...(pd.phone ? { telephone: pd.phone } : {}),
              ...(pd.email ? { email: pd.email } : {}),
            },
          }
        : {}),
      serviceLocation: {
        '@type': 'Place',
        name: desk.name,
        address: { '@type': 'PostalAddress', streetAddress: desk.address, addressCountry: 'IT' },
        ...(pd.phone ? { telephone: pd.phone } : {}),
        openingHoursSpecification: hours,
      },
    },
    hoursAvailable: hours,
  };
}
