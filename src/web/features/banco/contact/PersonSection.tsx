/**
 * Who the contact is about. Anonymous by default (age band, sex,
 * municipality, citizenship), identified by picking someone from the search
 * box or by adding a new person inline; "change" goes back to anonymous
 * with the search box focused.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type Ref, useState } from 'react';
import { flushSync } from 'react-dom';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MunicipalityView } from '../../../../shared/schemas/accounts';
import type { PersonMatch, PersonView } from '../../../../shared/schemas/people';
import { useFieldMessage } from '../../../components/form/fieldMessage';
import { personQueryKey } from '../contacts.api';
import { usePerson } from '../person/usePerson';
import type { ContactFormValues, ContactOutput } from './contactForm';
import { formatShortDate } from './dates';
import { NewPersonForm, valuesFromSearch } from './NewPersonForm';
import type { PersonFormValues } from './PersonFields';
import { PersonSearch } from './PersonSearch';
import { ProfileFields } from './ProfileFields';
import { SHORTCUTS } from './shortcuts';

export interface PersonSectionProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  municipalities: MunicipalityView[];
  deskMunicipalityId: string | null;
  searchRef: Ref<HTMLInputElement>;
  isNewPersonOpen: boolean;
  onNewPersonOpen: (isOpen: boolean) => void;
  /** Put focus back in the search box (after "change person"). */
  focusSearch: () => void;
  /** Move on to the requests (once the person is identified). */
  focusRequests: () => void;
}

export function PersonSection(props: PersonSectionProps) {
  const { form, municipalities, isNewPersonOpen, onNewPersonOpen } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const personId = form.watch('personId');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PersonMatch | null>(null);
  const [pending, setPending] = useState<PersonFormValues | null>(null);
  const personError = useFieldMessage(form.formState.errors.personId);

  const identify = (id: string | null) =>
    form.setValue('personId', id, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

  const created = (person: PersonView) => {
    queryClient.setQueryData(personQueryKey(person.id), person);
    flushSync(() => {
      setPending(null);
      setText('');
      onNewPersonOpen(false);
      identify(person.id);
    });
    props.focusRequests();
  };

  return (
    <section className="contact-section" aria-labelledby="contact-person-title">
      <h3 id="contact-person-title" className="h6 contact-section-title">
        {t('contactForm.personTitle')}
      </h3>
      {personId ? (
        <ChosenPerson
          personId={personId}
          match={chosen?.id === personId ? chosen : null}
          errorMessage={personError}
          onChange={() => {
            flushSync(() => {
              identify(null);
              setChosen(null);
            });
            props.focusSearch();
          }}
        />
      ) : (
        <>
          {!isNewPersonOpen && (
            <PersonSearch
              inputRef={props.searchRef}
              text={text}
              onTextChange={setText}
              errorMessage={personError}
              shortcut={SHORTCUTS.searchPerson.label}
              onSelect={(match) => {
                flushSync(() => {
                  setChosen(match);
                  identify(match.id);
                });
                props.focusRequests();
              }}
            />
          )}
          {isNewPersonOpen ? (
            <NewPersonForm
              initialValues={pending ?? valuesFromSearch(text, props.deskMunicipalityId)}
              municipalities={municipalities}
              onCreated={created}
              onCancel={(values) => {
                flushSync(() => {
                  setPending(values);
                  onNewPersonOpen(false);
                });
                props.focusSearch();
              }}
            />
          ) : (
            <Button
              type="button"
              color="primary"
              outline
              size="sm"
              className="mb-3"
              data-testid="new-person"
              aria-keyshortcuts={SHORTCUTS.newPerson.aria}
              onClick={() => onNewPersonOpen(true)}
            >
              {pending ? t('contactForm.newPersonResume') : t('contactForm.newPerson')}
              <span className="shortcut-hint" aria-hidden="true">
                <kbd>{SHORTCUTS.newPerson.label}</kbd>
              </span>
            </Button>
          )}
          {!isNewPersonOpen && (
            <ProfileFields
              register={form.register}
              errors={form.formState.errors.profile}
              municipalities={municipalities}
            />
          )}
        </>
      )}
    </section>
  );
}

interface ChosenPersonProps {
  personId: string;
  match: PersonMatch | null;
  errorMessage: string | undefined;
  onChange: () => void;
}

function ChosenPerson({ personId, match, errorMessage, onChange }: ChosenPersonProps) {
  const { t, i18n } = useTranslation();
  const { data: person } = usePerson(personId);
  const shown = person ?? match;
  return (
    <div className="chosen-person mb-3" data-testid="chosen-person">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <p className="mb-0 fw-semibold">
          {shown ? `${shown.familyName} ${shown.givenName}` : t('common.loading')}
        </p>
        {shown?.birthDate && (
          <span className="banco-ticket-meta">{formatShortDate(shown.birthDate, i18n.language)}</span>
        )}
        {shown?.municipalityName && <span className="banco-ticket-meta">· {shown.municipalityName}</span>}
        {(person ? person.careRelations.some((relation) => relation.active) : match?.inCare) && (
          <span className="badge badge-in-care">{t('contactForm.inCare')}</span>
        )}
        <Button type="button" color="primary" outline size="xs" className="ms-auto" onClick={onChange}>
          {t('contactForm.changePerson')}
        </Button>
      </div>
      {person && !person.canRecord && (
        <p className="alert alert-warning mt-2 mb-0">{t('contactForm.cannotRecord')}</p>
      )}
      {errorMessage && (
        <div className="invalid-feedback d-block" role="alert">
          {errorMessage}
        </div>
      )}
    </div>
  );
}
