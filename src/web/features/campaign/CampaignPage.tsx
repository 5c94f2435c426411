/**
 * /monitoraggio/campagna: the launch campaign of one desk, chosen in the
 * address (?desk=). The public page and its contact details, the printed
 * and social materials in each language, the campaign codes their QR links
 * carry, and whether the campaign works: visits per code against what
 * people said at the desk about how they heard of it.
 */
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DeskView } from '../../../shared/schemas/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';
import { MaterialsSection } from './MaterialsSection';
import { PublicPageSection } from './PublicPageSection';
import { ResultsSection } from './ResultsSection';
import { TagsSection } from './TagsSection';

/** The desks I run the campaign of: any active one for an admin, else those my organisation staffs. */
function useManagedDesks() {
  const { user, can } = useSession();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const active = (desks.data ?? []).filter((desk) => desk.isActive);
  const mine = active.filter((desk) => desk.organisations.some((o) => o.id === user?.organisation.id));
  return { ...desks, desks: can('desk.manage') || mine.length === 0 ? active : mine };
}

function DeskPicker({ desks, deskId }: { desks: DeskView[]; deskId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [, setParams] = useSearchParams();
  return (
    <form
      className="d-flex flex-wrap align-items-end gap-3 mb-4"
      aria-label={t('campaign.page.deskPicker')}
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get('desk');
        if (typeof chosen === 'string' && chosen) setParams({ desk: chosen });
      }}
    >
      <div className="select-wrapper mb-0">
        <label htmlFor={id}>{t('campaign.page.desk')}</label>
        <select id={id} name="desk" defaultValue={deskId} key={deskId}>
          {!deskId && <option value="">{t('common.choose')}</option>}
          {desks.map((desk) => (
            <option key={desk.id} value={desk.id}>
              {desk.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" color="primary" outline>
        {t('campaign.page.showDesk')}
      </Button>
    </form>
  );
}

export function CampaignPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const managed = useManagedDesks();
  const asked = params.get('desk') ?? '';
  const only = managed.desks.length === 1 ? managed.desks[0] : undefined;
  const desk = managed.desks.find((candidate) => candidate.id === asked) ?? only;

  return (
    <>
      <PageHeading title={t('campaign.page.title')} />
      <p className="lead">{t('campaign.page.intro')}</p>
      <ErrorAlert error={managed.error} />
      {managed.isPending && <Loading />}
      {managed.isSuccess && managed.desks.length === 0 && <Notice>{t('campaign.page.noDesks')}</Notice>}
      {managed.desks.length > 1 && <DeskPicker desks={managed.desks} deskId={desk?.id ?? ''} />}
      {managed.desks.length > 1 && !desk && <Notice>{t('campaign.page.chooseDesk')}</Notice>}
      {desk && <DeskCampaign key={desk.id} desk={desk} isOnlyDesk={desk === only} />}
    </>
  );
}

function DeskCampaign({ desk, isOnlyDesk }: { desk: DeskView; isOnlyDesk: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {isOnlyDesk && <p>{t('campaign.page.deskIs', { desk: desk.name })}</p>}
      <PublicPageSection desk={desk} />
      <MaterialsSection desk={desk} />
      <TagsSection desk={desk} />
      <ResultsSection desk={desk} />
    </>
  );
}

export default CampaignPage;
