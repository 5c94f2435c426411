/**
 * The edit form's first part: how the contact happened and who came, then
 * the person (a link; identifying someone happens at the desk) or, for an
 * anonymous contact, its profile.
 */
import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AGE_BANDS,
  CHANNELS,
  CITIZENSHIP_GROUPS,
  CONVERSATION_LANGUAGES,
  SEXES,
} from '../../../shared/contacts';
import type { ContactView } from '../../../shared/schemas/contacts';
import { SelectField } from '../../components/form/SelectField';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { personName } from '../people/format';
import type { ContactEdit, ContactEditValues } from './contactForm';
import { languageName } from './languages';
import { TermSelect } from './TermSelect';

export interface ContactAboutFieldsProps {
  form: UseFormReturn<ContactEditValues, unknown, ContactEdit>;
  contact: ContactView;
}

export function ContactAboutFields({ form, contact }: ContactAboutFieldsProps) {
  const { t, i18n } = useTranslation();
  const { errors } = form.formState;
  const languages = [...new Set([...CONVERSATION_LANGUAGES, contact.language])];
  return (
    <>
      <div className="row">
        <SelectField
          className="col-12 col-md-4"
          label={t('contacts.channel')}
          registration={form.register('channel')}
          error={errors.channel}
        >
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`contacts.channels.${channel}`)}
            </option>
          ))}
        </SelectField>
        <TermSelect
          className="col-12 col-md-4"
          kind="visitor_type"
          label={t('contacts.visitorType')}
          current={contact.visitorType}
          emptyLabel={t('common.choose')}
          registration={form.register('visitorType')}
          error={errors.visitorType}
        />
        <TermSelect
          className="col-12 col-md-4"
          kind="heard_from"
          label={t('contacts.heardFrom')}
          current={contact.heardFrom}
          emptyLabel={t('contacts.notSaid')}
          registration={form.register('heardFrom')}
          error={errors.heardFrom}
        />
        <SelectField
          className="col-12 col-md-4"
          label={t('contacts.language')}
          registration={form.register('language')}
          error={errors.language}
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </SelectField>
        <div className="col-12 col-md-4 form-check mt-md-5">
          <input id="contact-interpreter" type="checkbox" {...form.register('interpreter')} />
          <label htmlFor="contact-interpreter">{t('contacts.interpreter')}</label>
        </div>
      </div>
      {contact.person ? (
        <p className="mt-3">
          {t('contacts.person')}:{' '}
          <Link to={`/persone/${contact.person.id}`}>
            {personName(contact.person) || t('people.anonymised')}
          </Link>
        </p>
      ) : (
        <AnonymousProfile form={form} />
      )}
    </>
  );
}

function AnonymousProfile({ form }: { form: ContactAboutFieldsProps['form'] }) {
  const { t } = useTranslation();
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const errors = form.formState.errors.profile;
  return (
    <fieldset className="mt-3">
      <legend className="form-legend">{t('contacts.anonymousProfile')}</legend>
      <div className="row">
        <SelectField
          className="col-12 col-md-3"
          label={t('people.ageBand')}
          registration={form.register('profile.ageBand')}
          error={errors?.ageBand}
        >
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {band === 'unknown' ? t('people.unknown') : t('people.ageBandValue', { band })}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="col-12 col-md-3"
          label={t('people.sex')}
          registration={form.register('profile.sex')}
          error={errors?.sex}
        >
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {t(`people.sexes.${sex}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="col-12 col-md-3"
          label={t('people.municipality')}
          registration={form.register('profile.municipalityId')}
          error={errors?.municipalityId}
        >
          <option value="">{t('people.unknown')}</option>
          {(municipalities.data ?? []).map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="col-12 col-md-3"
          label={t('people.citizenship')}
          registration={form.register('profile.citizenshipGroup')}
          error={errors?.citizenshipGroup}
        >
          {CITIZENSHIP_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`people.citizenshipGroups.${group}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </fieldset>
  );
}
