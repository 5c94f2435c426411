/**
 * Identify someone not found: their details and the two consents identifying
 * needs (privacy notice given, consent to record), inline in the contact. A
 * codice fiscale is decoded on leaving the field: birth date, sex and place
 * are filled in when still empty, and an invalid code says why. Not a nested
 * <form>: Enter and Ctrl+Enter inside it save the person, not the contact.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'design-react-kit';
import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MunicipalityView } from '../../../../shared/schemas/accounts';
import { PersonInput, type PersonView } from '../../../../shared/schemas/people';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useServerErrors } from '../../../components/form/useServerErrors';
import { createPerson, decodeCodiceFiscale } from '../contacts.api';
import { ConsentFields } from './ConsentFields';
import { PersonFields, type PersonFormValues } from './PersonFields';
import { searchCriteria } from './searchCriteria';

type PersonOutput = z.output<typeof PersonInput>;
const resolver = zodResolver(PersonInput) as unknown as Resolver<PersonFormValues, unknown, PersonOutput>;

/** The new person's form, started from what was typed in the search box. */
export function valuesFromSearch(text: string, municipalityId: string | null): PersonFormValues {
  const criteria = searchCriteria(text);
  const [familyName = '', ...given] = (criteria?.name ?? '').split(' ');
  return {
    givenName: given.join(' '),
    familyName,
    codiceFiscale: criteria?.codiceFiscale ?? '',
    birthDate: (criteria?.birthDate as string | undefined) ?? '',
    sex: 'unknown',
    birthPlace: '',
    phone: criteria?.phone ?? '',
    email: '',
    municipalityId,
    citizenshipGroup: 'unknown',
    consents: {
      method: 'oral',
      privacyNotice: false,
      recordData: false,
      shareWithServices: false,
      contactForFeedback: false,
    },
  };
}

export interface NewPersonFormProps {
  /** Where it starts: what was typed in the search box, or what was left here before. */
  initialValues: PersonFormValues;
  municipalities: MunicipalityView[];
  onCreated: (person: PersonView) => void;
  /** Closed without saving: what was typed, kept for when it opens again. */
  onCancel: (values: PersonFormValues) => void;
}

export function NewPersonForm({ initialValues, municipalities, onCreated, onCancel }: NewPersonFormProps) {
  const { t } = useTranslation();
  const form = useForm<PersonFormValues, unknown, PersonOutput>({ resolver, defaultValues: initialValues });
  const cancel = () => onCancel(form.getValues());
  const server = useServerErrors(form.setError);
  const [cfProblem, setCfProblem] = useState<string | null>(null);
  const box = useRef<HTMLFieldSetElement>(null);

  const decode = async (value: string) => {
    const code = value.replace(/\s+/g, '').toUpperCase();
    if (code.length === 0) return setCfProblem(null);
    try {
      const decoded = await decodeCodiceFiscale(code);
      setCfProblem(decoded.valid ? null : (decoded.message ?? t('validation.cfFormat')));
      if (!decoded.valid) return;
      const fill = (field: 'birthDate' | 'sex' | 'birthPlace', next: string | null, empty: string) => {
        if (next && (form.getValues(field) ?? empty) === empty)
          form.setValue(field, next, { shouldDirty: true });
      };
      fill('birthDate', decoded.birthDate, '');
      fill('sex', decoded.sex, 'unknown');
      fill(
        'birthPlace',
        decoded.province ? `${decoded.birthPlace} (${decoded.province})` : decoded.birthPlace,
        '',
      );
    } catch {
      setCfProblem(null);
    }
  };

  // On opening: focus the first name still empty; a codice fiscale typed in the search box is decoded at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only what it opened with
  useLayoutEffect(() => {
    const empty = (['familyName', 'givenName', 'codiceFiscale'] as const).find(
      (field) => !initialValues[field],
    );
    box.current?.querySelector<HTMLInputElement>(`[name="${empty ?? 'birthDate'}"]`)?.focus();
    if (initialValues.codiceFiscale) void decode(initialValues.codiceFiscale);
  }, []);

  const save = form.handleSubmit(async (input) => {
    server.clear();
    try {
      onCreated(await createPerson(input));
    } catch (error) {
      server.report(error);
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && target.tagName !== 'SELECT') {
      event.preventDefault();
      cancel();
    }
    if (event.key !== 'Enter' || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
    event.preventDefault();
    event.stopPropagation();
    void save();
  };

  return (
    <fieldset
      ref={box}
      className="new-person card card-bg p-3 mb-3"
      data-testid="new-person-form"
      onKeyDown={onKeyDown}
    >
      <legend className="h6 new-person-legend">{t('contactForm.newPersonTitle')}</legend>
      <ErrorAlert error={server.error} />
      <PersonFields
        form={form}
        municipalities={municipalities}
        cfProblem={cfProblem}
        onCodiceFiscaleBlur={(value) => void decode(value)}
      />
      <ConsentFields register={form.register} errors={form.formState.errors.consents} />
      <div className="d-flex flex-wrap gap-2">
        <BusyButton
          type="button"
          isBusy={form.formState.isSubmitting}
          onClick={() => void save()}
          data-testid="new-person-save"
        >
          {t('contactForm.newPersonSave')}
          <span className="shortcut-hint" aria-hidden="true">
            <kbd>{t('contactForm.enterKey')}</kbd>
          </span>
        </BusyButton>
        <Button type="button" color="secondary" outline onClick={cancel} aria-keyshortcuts="Escape">
          {t('common.cancel')}
          <span className="shortcut-hint" aria-hidden="true">
            <kbd>Esc</kbd>
          </span>
        </Button>
      </div>
    </fieldset>
  );
}
