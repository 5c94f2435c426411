/**
 * /persone/:id/modifica: correct a person's identifying data. Saved with the
 * version last seen; when someone else saved first, what was typed stays and
 * the person may save again or reload what the other saved.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CITIZENSHIP_GROUPS, SEXES } from '../../../shared/contacts';
import { PersonFields, type PersonView } from '../../../shared/schemas/people';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { ConflictChoice } from './ConflictChoice';
import { personName } from './format';
import { getPerson, personQuery, updatePerson } from './people.api';

type Values = z.input<typeof PersonFields>;
type Input = z.output<typeof PersonFields>;

const valuesOf = (p: PersonView): Values => ({
  givenName: p.givenName,
  familyName: p.familyName,
  codiceFiscale: p.codiceFiscale ?? '',
  birthDate: p.birthDate ?? '',
  sex: p.sex,
  birthPlace: p.birthPlace ?? '',
  phone: p.phone ?? '',
  email: p.email ?? '',
  municipalityId: p.municipalityId ?? '',
  citizenshipGroup: p.citizenshipGroup,
});

export default function PersonEditPage() {
  const { t } = useTranslation();
  const person = useRouteRecord((id) => ({ queryKey: personQuery(id), queryFn: () => getPerson(id) }));
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  return (
    <RecordFormPage
      title={t('people.editTitle')}
      lead={person.data && personName(person.data)}
      record={person}
      needs={[municipalities]}
    >
      {(loaded) => loaded.record && <PersonEditForm {...loaded} record={loaded.record} />}
    </RecordFormPage>
  );
}

function PersonEditForm({ record: person, reload }: LoadedRecord<PersonView> & { record: PersonView }) {
  const { t } = useTranslation();
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const form = useForm<Values, unknown, Input>({
    resolver: zodResolver(PersonFields),
    defaultValues: valuesOf(person),
  });
  const save = useVersionedSave({
    form,
    record: person,
    reload,
    /** On a conflict the typed values stay; the fresh version comes with the reloaded record. */
    valuesOf: () => form.getValues(),
    create: () => Promise.reject(new Error('a person is created at the desk')),
    update: updatePerson,
    listQuery: personQuery(person.id),
    listPath: `/persone/${person.id}`,
    savedMessage: () => t('people.saved'),
  });
  const { errors } = form.formState;
  const text = (name: keyof Values, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      className="col-12 col-md-6"
      label={label}
      registration={form.register(name)}
      error={errors[name]}
      {...extra}
    />
  );

  return (
    <RecordForm save={save}>
      <ConflictChoice error={save.error} onReload={() => form.reset(valuesOf(person))} />
      <div className="row">
        {text('familyName', t('people.familyName'), { required: true, autoComplete: 'off' })}
        {text('givenName', t('people.givenName'), { required: true, autoComplete: 'off' })}
        {text('codiceFiscale', t('people.codiceFiscale'), { autoComplete: 'off', spellCheck: false })}
        {text('birthDate', t('people.birthDate'), { type: 'date' })}
        {text('birthPlace', t('people.birthPlace'))}
        <SelectField
          className="col-12 col-md-6"
          label={t('people.sex')}
          registration={form.register('sex')}
          error={errors.sex}
        >
          {SEXES.map((sex) => (
            <option key={sex} value={sex}>
              {t(`people.sexes.${sex}`)}
            </option>
          ))}
        </SelectField>
        {text('phone', t('people.phone'), { type: 'tel', autoComplete: 'off' })}
        {text('email', t('people.email'), { type: 'email', autoComplete: 'off' })}
        <SelectField
          className="col-12 col-md-6"
          label={t('people.municipality')}
          registration={form.register('municipalityId')}
          error={errors.municipalityId}
        >
          <option value="">{t('people.unknown')}</option>
          {(municipalities.data ?? []).map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="col-12 col-md-6"
          label={t('people.citizenship')}
          registration={form.register('citizenshipGroup')}
          error={errors.citizenshipGroup}
        >
          {CITIZENSHIP_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`people.citizenshipGroups.${group}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </RecordForm>
  );
}
