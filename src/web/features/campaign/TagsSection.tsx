/**
 * "Codici campagna": the codes the QR links carry (the defaults, one per
 * material, and any the coordinator adds, e.g. one per distribution round),
 * each with the address its QR code opens and the visits it brought, and a
 * form to add one.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CAMPAIGN_MEDIA } from '../../../shared/public';
import type { DeskView } from '../../../shared/schemas/accounts';
import { CampaignTagInput } from '../../../shared/schemas/campaign';
import { BusyButton } from '../../components/BusyButton';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { formatCount } from '../indicators/format';
import { CAMPAIGN_QUERY, createTag, listTags, tagsQuery } from './campaign.api';
import { tagLink } from './links';

type Values = z.input<typeof CampaignTagInput>;
const EMPTY: Values = { code: '', label: '', medium: 'poster' };

export function TagsSection({ desk }: { desk: DeskView }) {
  const { t, i18n } = useTranslation();
  const tags = useQuery({ queryKey: tagsQuery(desk.id), queryFn: () => listTags(desk.id) });
  return (
    <section aria-labelledby="campaign-tags" className="mb-5">
      <h2 id="campaign-tags" className="h3 border-bottom pb-2 mb-3">
        {t('campaign.page.tags.title')}
      </h2>
      <p>{t('campaign.page.tags.intro')}</p>
      <ErrorAlert error={tags.error} />
      {tags.isPending && <Loading />}
      {tags.data && (
        <DataTable
          caption={t('campaign.page.tags.caption', { desk: desk.name })}
          columns={[
            t('campaign.page.tags.code'),
            t('campaign.page.tags.label'),
            t('campaign.page.tags.medium'),
            { label: t('campaign.page.tags.visits'), className: 'text-end' },
            t('campaign.page.tags.link'),
          ]}
        >
          {tags.data.map((tag) => (
            <tr key={tag.code}>
              <th scope="row">
                <code>{tag.code}</code>
              </th>
              <td>{tag.label}</td>
              <td>{t(`campaign.page.media.${tag.medium}`)}</td>
              <td className="text-end">{formatCount(tag.visits, i18n.language)}</td>
              <td className="text-break">
                <code>{tagLink(desk.id, tag.code)}</code>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <NewTagForm deskId={desk.id} />
    </section>
  );
}

function NewTagForm({ deskId }: { deskId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<Values, unknown, CampaignTagInput>({
    resolver: zodResolver(CampaignTagInput),
    defaultValues: EMPTY,
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;
  const code = form.watch('code').trim();

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    setAdded(null);
    try {
      const tag = await createTag(deskId, input);
      // The results list every tag too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tagsQuery(deskId) }),
        queryClient.invalidateQueries({ queryKey: [...CAMPAIGN_QUERY, deskId, 'stats'] }),
      ]);
      form.reset(EMPTY);
      setAdded(tag.code);
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="campaign-new-tag" className="mt-4">
      <h3 id="campaign-new-tag" className="h4">
        {t('campaign.page.tags.new')}
      </h3>
      {added && (
        <Notice color="success" live>
          {t('campaign.page.tags.added', { code: added })}
        </Notice>
      )}
      <ErrorAlert error={server.error} />
      <div className="row">
        <TextField
          className="col-12 col-md-4"
          label={t('campaign.page.tags.code')}
          hint={t('campaign.page.tags.codeHint', { url: tagLink(deskId, code) })}
          autoComplete="off"
          spellCheck={false}
          registration={form.register('code')}
          error={errors.code}
        />
        <TextField
          className="col-12 col-md-5"
          label={t('campaign.page.tags.label')}
          hint={t('campaign.page.tags.labelHint')}
          registration={form.register('label')}
          error={errors.label}
        />
        <SelectField
          className="col-12 col-md-3"
          label={t('campaign.page.tags.medium')}
          registration={form.register('medium')}
          error={errors.medium}
        >
          {CAMPAIGN_MEDIA.map((medium) => (
            <option key={medium} value={medium}>
              {t(`campaign.page.media.${medium}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <BusyButton isBusy={form.formState.isSubmitting}>{t('campaign.page.tags.add')}</BusyButton>
    </form>
  );
}
