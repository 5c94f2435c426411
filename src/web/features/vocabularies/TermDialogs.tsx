/**
 * Adding a term to a vocabulary, and editing one, in a dialog over the list.
 * A used term's labels are history (contacts were recorded with them): the
 * fields stay visible but disabled, with the reason said next to them. A
 * conflict keeps what was typed and takes the fresh version for the next save.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OUTCOME_GROUPS, type VocabularyKind } from '../../../shared/contacts';
import { TermInput, TermUpdate, type TermView } from '../../../shared/schemas/vocabularies';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { AreaChecks, LabelFields, TermDialogFrame } from './TermFields';
import { createTerm, updateTerm } from './vocabularies.api';

type NewValues = z.input<typeof TermInput>;
type EditValues = z.input<typeof TermUpdate>;

const toNumber = (value: unknown) => (value === '' || value === null ? undefined : Number(value));

export interface NewTermDialogProps {
  isOpen: boolean;
  kind: VocabularyKind;
  areas: TermView[];
  onClose: () => void;
  onSaved: (term: TermView) => void;
}

export function NewTermDialog(props: NewTermDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const kindName = t(`vocabularies.kinds.${props.kind}`);
  return (
    <TermDialogFrame
      isOpen={props.isOpen}
      title={t('vocabularies.addTitle', { kind: kindName })}
      formId={formId}
      onClose={props.onClose}
    >
      {(setBusy) =>
        props.isOpen && <NewTermForm key={props.kind} formId={formId} setBusy={setBusy} {...props} />
      }
    </TermDialogFrame>
  );
}

interface FormWiring {
  formId: string;
  setBusy: (isBusy: boolean) => void;
}

function NewTermForm({ formId, setBusy, kind, areas, onSaved }: NewTermDialogProps & FormWiring) {
  const { t } = useTranslation();
  const form = useForm<NewValues, unknown, z.output<typeof TermInput>>({
    resolver: zodResolver(TermInput),
    defaultValues: { kind, code: '', labelIt: '', labelEn: '', areaCodes: [], outcomeGroup: null },
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    server.clear();
    setBusy(true);
    try {
      onSaved(await createTerm(input));
    } catch (caught) {
      server.report(caught);
    } finally {
      setBusy(false);
    }
  });
  return (
    <form id={formId} onSubmit={submit} noValidate>
      <ErrorAlert error={server.error} />
      <TextField
        label={t('vocabularies.code')}
        hint={t('vocabularies.codeHint')}
        required
        autoComplete="off"
        registration={form.register('code')}
        error={errors.code}
      />
      <LabelFields form={form} isLocked={false} />
      {kind === 'need_category' && <AreaChecks form={form} areas={areas} />}
      {kind === 'outcome' && (
        <SelectField
          label={t('vocabularies.outcomeGroup')}
          required
          registration={form.register('outcomeGroup', { setValueAs: (value) => value || null })}
          error={errors.outcomeGroup}
        >
          <option value="">{t('common.choose')}</option>
          {OUTCOME_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`vocabularies.outcomeGroups.${group}`)}
            </option>
          ))}
        </SelectField>
      )}
    </form>
  );
}

export interface EditTermDialogProps {
  /** The term as last loaded (its version moves on after a conflict reloads the list). */
  term: TermView | null;
  areas: TermView[];
  onClose: () => void;
  onSaved: (term: TermView) => void;
  onConflict: () => Promise<unknown>;
}

export function EditTermDialog(props: EditTermDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  return (
    <TermDialogFrame
      isOpen={props.term !== null}
      title={t('vocabularies.editTitle', { code: props.term?.code ?? '' })}
      formId={formId}
      onClose={props.onClose}
    >
      {(setBusy) =>
        props.term && (
          <EditTermForm key={props.term.id} formId={formId} setBusy={setBusy} {...props} term={props.term} />
        )
      }
    </TermDialogFrame>
  );
}

function EditTermForm({
  formId,
  setBusy,
  term,
  areas,
  onSaved,
  onConflict,
}: EditTermDialogProps & FormWiring & { term: TermView }) {
  const { t } = useTranslation();
  const form = useForm<EditValues, unknown, z.output<typeof TermUpdate>>({
    resolver: zodResolver(TermUpdate),
    defaultValues: {
      labelIt: term.labelIt,
      labelEn: term.labelEn,
      areaCodes: term.areaCodes,
      position: term.position,
      version: term.version,
    },
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;
  const submit = form.handleSubmit(async (input) => {
    server.clear();
    setBusy(true);
    try {
      onSaved(await updateTerm(term.id, { ...input, version: term.version }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'conflict') await onConflict();
      server.report(caught);
    } finally {
      setBusy(false);
    }
  });
  return (
    <form id={formId} onSubmit={submit} noValidate>
      <ErrorAlert error={server.error} />
      <p>
        {t('vocabularies.code')}: <code>{term.code}</code>
      </p>
      <LabelFields form={form} isLocked={term.used} />
      {term.kind === 'need_category' && <AreaChecks form={form} areas={areas} />}
      <TextField
        label={t('vocabularies.position')}
        hint={t('vocabularies.positionHint')}
        type="number"
        min={0}
        max={10000}
        registration={form.register('position', { setValueAs: toNumber })}
        error={errors.position}
      />
    </form>
  );
}
