/**
 * "Materiali": the A4 poster, the A6 flyer and the social image, each in
 * every public language and bilingual (Italian + one), with the campaign code
 * its QR link carries. Plain download links: the server draws each file from
 * the desk's current schedule when asked, so reprinting after a change of
 * hours is downloading again.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_AUTONYMS, PUBLIC_LANGUAGES, type PublicLanguage } from '../../../shared/public';
import type { DeskView } from '../../../shared/schemas/accounts';
import { type CampaignTag, MATERIAL_KINDS, type MaterialKind } from '../../../shared/schemas/campaign';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';
import { listTags, tagsQuery } from './campaign.api';
import { defaultTagFor, materialUrl, tagLink } from './links';

const OTHER_LANGUAGES = PUBLIC_LANGUAGES.filter((lang) => lang !== 'it');

export function MaterialsSection({ desk }: { desk: DeskView }) {
  const { t } = useTranslation();
  const tags = useQuery({ queryKey: tagsQuery(desk.id), queryFn: () => listTags(desk.id) });
  return (
    <section aria-labelledby="campaign-materials" className="mb-5">
      <h2 id="campaign-materials" className="h3 border-bottom pb-2 mb-3">
        {t('campaign.page.materials.title')}
      </h2>
      <p>{t('campaign.page.materials.intro')}</p>
      <Notice>{t('campaign.page.materials.reprint')}</Notice>
      <ErrorAlert error={tags.error} />
      <div className="row g-4">
        {MATERIAL_KINDS.map((kind) => (
          <div key={kind} className="col-12 col-xl-4">
            <Material deskId={desk.id} kind={kind} tags={tags.data ?? []} />
          </div>
        ))}
      </div>
    </section>
  );
}

interface MaterialProps {
  deskId: string;
  kind: MaterialKind;
  tags: CampaignTag[];
}

function Material({ deskId, kind, tags }: MaterialProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const tag = chosen ?? defaultTagFor(kind, tags);
  const href = (lang: PublicLanguage, isBilingual: boolean) =>
    materialUrl(deskId, { kind, lang, isBilingual, tag });
  const headingId = `${id}-title`;
  return (
    <section aria-labelledby={headingId} className="card card-bg h-100 p-4" data-testid={`material-${kind}`}>
      <h3 id={headingId} className="h5">
        {t(`campaign.page.materials.kinds.${kind}`)}
      </h3>
      <p className="small">{t(`campaign.page.materials.formats.${kind}`)}</p>
      <div className="select-wrapper mb-4">
        <label htmlFor={`${id}-tag`}>{t('campaign.page.materials.tag')}</label>
        <select
          id={`${id}-tag`}
          value={tag}
          aria-describedby={`${id}-tag-hint`}
          onChange={(event) => setChosen(event.target.value)}
        >
          {!tags.some((candidate) => candidate.code === tag) && <option value={tag}>{tag || '—'}</option>}
          {tags.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {`${candidate.label} (${candidate.code})`}
            </option>
          ))}
        </select>
        <small id={`${id}-tag-hint`} className="form-text">
          {t('campaign.page.materials.tagHint', { url: tagLink(deskId, tag) })}
        </small>
      </div>
      <h4 id={`${id}-single`} className="h6">
        {t('campaign.page.materials.single')}
      </h4>
      <ul className="list-unstyled" aria-labelledby={`${id}-single`}>
        {PUBLIC_LANGUAGES.map((lang) => (
          <li key={lang} className="mb-1">
            <a href={href(lang, false)} download lang={lang} hrefLang={lang}>
              {LANGUAGE_AUTONYMS[lang]}
            </a>
          </li>
        ))}
      </ul>
      <h4 id={`${id}-bilingual`} className="h6">
        {t('campaign.page.materials.bilingual')}
      </h4>
      <ul className="list-unstyled mb-0" aria-labelledby={`${id}-bilingual`}>
        {OTHER_LANGUAGES.map((lang) => (
          <li key={lang} className="mb-1">
            <a href={href(lang, true)} download hrefLang={lang}>
              <span lang="it">{LANGUAGE_AUTONYMS.it}</span> +{' '}
              <span lang={lang}>{LANGUAGE_AUTONYMS[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
