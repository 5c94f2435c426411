/**
 * What the add and edit term dialogs share: the dialog with its Save in the
 * footer (busy while the form inside saves), the two label fields (disabled,
 * with the reason, once the term is used) and the areas of a need category.
 */
import { Button } from 'design-react-kit';
import { type ReactNode, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../shared/schemas/vocabularies';
import { BusyButton } from '../../components/BusyButton';
import { Dialog } from '../../components/Dialog';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { TextField } from '../../components/form/TextField';
import { termLabel } from './useTerms';

type LabelValues = { labelIt: string; labelEn: string; areaCodes?: string[] };

/** The dialog around a term form; the form says when it is saving, so the footer's Save shows it. */
export function TermDialogFrame(props: {
  isOpen: boolean;
  title: string;
  formId: string;
  onClose: () => void;
  children: (setBusy: (isBusy: boolean) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  return (
    <Dialog
      isOpen={props.isOpen}
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <BusyButton form={props.formId} isBusy={isBusy}>
            {t('common.save')}
          </BusyButton>
        </>
      }
    >
      {props.children(setBusy)}
    </Dialog>
  );
}

export function LabelFields<T extends LabelValues>({
  form,
  isLocked,
}: {
  form: UseFormReturn<T>;
  isLocked: boolean;
}) {
  const { t } = useTranslation();
  const f = form as unknown as UseFormReturn<LabelValues>;
  const { errors } = f.formState;
  const hint = isLocked ? t('vocabularies.labelsLocked') : undefined;
  return (
    <>
      <TextField
        label={t('vocabularies.labelIt')}
        lang="it"
        required
        disabled={isLocked}
        hint={hint}
        registration={f.register('labelIt')}
        error={errors.labelIt}
      />
      <TextField
        label={t('vocabularies.labelEn')}
        lang="en"
        required
        disabled={isLocked}
        hint={hint}
        registration={f.register('labelEn')}
        error={errors.labelEn}
      />
    </>
  );
}

export function AreaChecks<T extends LabelValues>({
  form,
  areas,
}: {
  form: UseFormReturn<T>;
  areas: TermView[];
}) {
  const { t, i18n } = useTranslation();
  const f = form as unknown as UseFormReturn<LabelValues>;
  return (
    <CheckboxGroup
      legend={t('vocabularies.areasLegend')}
      options={areas.map((area) => ({ value: area.code, label: termLabel(area, i18n.language) }))}
      registration={f.register('areaCodes')}
      error={f.formState.errors.areaCodes}
    />
  );
}
