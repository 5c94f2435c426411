/** Who came and how: the visitor (the person, a relative, a professional…) and the channel. */
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../../shared/contacts';
import { ChipGroup } from './ChipGroup';
import type { ContactFormValues, ContactOutput } from './contactForm';
import type { Vocabulary } from './vocabulary';

export function VisitFields({
  form,
  vocabulary,
}: {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  vocabulary: Vocabulary;
}) {
  const { t } = useTranslation();
  return (
    <section className="contact-section" aria-labelledby="contact-visit-title">
      <h3 id="contact-visit-title" className="h6 contact-section-title">
        {t('contactForm.visitTitle')}
      </h3>
      <Controller
        control={form.control}
        name="visitorType"
        render={({ field, fieldState }) => (
          <ChipGroup
            legend={t('contactForm.visitorType')}
            choices={vocabulary.choices('visitor_type', { keep: field.value })}
            value={field.value}
            inputRef={field.ref}
            error={fieldState.error}
            testId="visitor-chip"
            onChange={(value) => field.onChange(value ?? 'self')}
          />
        )}
      />
      <Controller
        control={form.control}
        name="channel"
        render={({ field, fieldState }) => (
          <ChipGroup
            legend={t('contactForm.channel')}
            choices={CHANNELS.map((channel) => ({
              value: channel,
              label: t(`contactForm.channels.${channel}`),
            }))}
            value={field.value}
            inputRef={field.ref}
            error={fieldState.error}
            testId="channel-chip"
            onChange={(value) => field.onChange((value ?? 'walk_in') as Channel)}
          />
        )}
      />
    </section>
  );
}
