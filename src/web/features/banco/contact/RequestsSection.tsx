/** The requests of a contact (one to ten), and "add request" one key away. */
import { Button } from 'design-react-kit';
import type { FieldArrayWithId, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CareRelationView } from '../../../../shared/schemas/people';
import { useFieldMessage } from '../../../components/form/fieldMessage';
import { type ContactFormValues, type ContactOutput, MAX_REQUESTS } from './contactForm';
import { RequestFields } from './RequestFields';
import { SHORTCUTS } from './shortcuts';
import type { Vocabulary } from './vocabulary';

export interface RequestsSectionProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  fields: FieldArrayWithId<ContactFormValues, 'requests'>[];
  vocabulary: Vocabulary;
  careRelations: CareRelationView[];
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function RequestsSection({
  form,
  fields,
  vocabulary,
  careRelations,
  onAdd,
  onRemove,
}: RequestsSectionProps) {
  const { t } = useTranslation();
  const listError = useFieldMessage(form.formState.errors.requests?.root ?? form.formState.errors.requests);
  return (
    <section className="contact-section" aria-labelledby="contact-requests-title">
      <h3 id="contact-requests-title" className="h6 contact-section-title">
        {t('contactForm.requestsTitle')}
      </h3>
      {fields.map((field, index) => (
        <RequestFields
          key={field.id}
          form={form}
          index={index}
          count={fields.length}
          vocabulary={vocabulary}
          careRelations={careRelations}
          onRemove={() => onRemove(index)}
        />
      ))}
      {listError && (
        <div className="invalid-feedback d-block mb-2" role="alert">
          {listError}
        </div>
      )}
      {fields.length < MAX_REQUESTS && (
        <Button
          type="button"
          color="primary"
          outline
          size="sm"
          data-testid="add-request"
          aria-keyshortcuts={SHORTCUTS.addRequest.aria}
          onClick={onAdd}
        >
          {t('contactForm.addRequest')}
          <span className="shortcut-hint" aria-hidden="true">
            <kbd>{SHORTCUTS.addRequest.label}</kbd>
          </span>
        </Button>
      )}
    </section>
  );
}
