/**
 * "Pagina pubblica": links to the desk's public page in each language, and
 * the contact details residents read there and on the materials (phone,
 * e-mail, accessibility statement). Saved with the version last seen; when
 * someone else saved first, the form says so and offers to reload.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGE_AUTONYMS, PUBLIC_LANGUAGES } from '../../../shared/public';
import type { DeskView } from '../../../shared/schemas/accounts';
import { type DeskPublicInfo, DeskPublicInfoInput } from '../../../shared/schemas/campaign';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { getPublicInfo, publicInfoQuery, savePublicInfo } from './campaign.api';
import { publicPageUrl } from './links';

type Values = z.input<typeof DeskPublicInfoInput>;

const valuesOf = (info: DeskPublicInfo): Values => ({
  phone: info.phone ?? '',
  email: info.email ?? '',
  accessibilityUrl: info.accessibilityUrl ?? '',
});

export function PublicPageSection({ desk }: { desk: DeskView }) {
  const { t } = useTranslation();
  const info = useQuery({ queryKey: publicInfoQuery(desk.id), queryFn: () => getPublicInfo(desk.id) });
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="campaign-public" className="mb-5">
      <h2 id="campaign-public" className="h3 border-bottom pb-2 mb-3">
        {t('campaign.page.public.title')}
      </h2>
      <p>{t('campaign.page.public.intro')}</p>
      <p>
        <a href={publicPageUrl(desk.id)} target="_blank" rel="noopener">
          {t('campaign.page.public.open', { desk: desk.name })}
          <span className="visually-hidden"> {t('campaign.page.newTab')}</span>
        </a>
      </p>
      <p id="campaign-public-languages" className="mb-1">
        {t('campaign.page.public.languages')}
      </p>
      <ul className="list-inline" aria-labelledby="campaign-public-languages">
        {PUBLIC_LANGUAGES.map((lang) => (
          <li key={lang} className="list-inline-item me-3">
            <a
              href={publicPageUrl(desk.id, { lang })}
              hrefLang={lang}
              lang={lang}
              target="_blank"
              rel="noopener"
            >
              {LANGUAGE_AUTONYMS[lang]}
            </a>
          </li>
        ))}
      </ul>
      <h3 className="h4 mt-4" id="campaign-contacts">
        {t('campaign.page.public.contacts')}
      </h3>
      <ErrorAlert error={info.error} />
      {info.isPending && <Loading />}
      {saved && (
        <Notice color="success" live>
          {t('campaign.page.public.saved')}
        </Notice>
      )}
      {info.data && (
        <PublicInfoForm
          key={`${desk.id}-${info.data.version}`}
          info={info.data}
          onEditing={() => setSaved(false)}
          onSaved={() => setSaved(true)}
          onReload={() => info.refetch()}
        />
      )}
    </section>
  );
}

interface PublicInfoFormProps {
  info: DeskPublicInfo;
  onEditing: () => void;
  onSaved: () => void;
  /** Load the details again after a conflict; the form is re-keyed by the fresh version. */
  onReload: () => Promise<unknown>;
}

function PublicInfoForm({ info, onEditing, onSaved, onReload }: PublicInfoFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, DeskPublicInfoInput>({
    resolver: zodResolver(DeskPublicInfoInput),
    defaultValues: valuesOf(info),
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;
  const isConflict = server.error instanceof ApiError && server.error.status === 409;

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    onEditing();
    try {
      const version = info.version > 0 ? info.version : undefined;
      const saved = await savePublicInfo(info.deskId, { ...input, version });
      queryClient.setQueryData(publicInfoQuery(info.deskId), saved);
      onSaved();
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="campaign-contacts">
      {isConflict ? (
        <div className="alert alert-warning" role="alert">
          <p>{t('campaign.page.public.conflict')}</p>
          <Button color="primary" size="sm" type="button" onClick={() => void onReload()}>
            {t('campaign.page.public.reload')}
          </Button>
        </div>
      ) : (
        <ErrorAlert error={server.error} />
      )}
      <div className="row">
        <TextField
          className="col-12 col-md-6"
          type="tel"
          autoComplete="off"
          label={t('campaign.page.public.phone')}
          registration={form.register('phone')}
          error={errors.phone}
        />
        <TextField
          className="col-12 col-md-6"
          type="email"
          autoComplete="off"
          label={t('campaign.page.public.email')}
          registration={form.register('email')}
          error={errors.email}
        />
        <TextField
          className="col-12"
          type="url"
          label={t('campaign.page.public.accessibilityUrl')}
          hint={t('campaign.page.public.accessibilityUrlHint')}
          registration={form.register('accessibilityUrl')}
          error={errors.accessibilityUrl}
        />
      </div>
      <BusyButton isBusy={form.formState.isSubmitting}>{t('campaign.page.public.save')}</BusyButton>
    </form>
  );
}
