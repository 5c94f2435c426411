/** Filters for the audit trail, checked with the server's own AuditQuery schema. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AuditQuery } from '../../../shared/schemas/audit';
import { FiltersForm } from '../../components/form/FiltersForm';
import { TextField } from '../../components/form/TextField';
import type { AuditFilters } from './audit.api';

const AuditFiltersInput = AuditQuery.pick({
  from: true,
  to: true,
  action: true,
  entityType: true,
  entityId: true,
});
const blankToUndefined = (value: string) => value.trim() || undefined;

export function AuditFiltersForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const form = useForm<AuditFilters>({ resolver: zodResolver(AuditFiltersInput) });
  const { errors } = form.formState;
  const field = (name: keyof AuditFilters) => form.register(name, { setValueAs: blankToUndefined });
  return (
    <FiltersForm
      label={t('audit.filters')}
      submitLabel={t('audit.applyFilters')}
      onSubmit={form.handleSubmit(onChange)}
      noValidate
    >
      <TextField
        className="col-12 col-md-6 col-lg-2"
        label={t('audit.from')}
        type="date"
        registration={field('from')}
        error={errors.from}
      />
      <TextField
        className="col-12 col-md-6 col-lg-2"
        label={t('audit.to')}
        type="date"
        registration={field('to')}
        error={errors.to}
      />
      <TextField
        className="col-12 col-md-4 col-lg-3"
        label={t('audit.action')}
        hint={t('audit.actionHint')}
        registration={field('action')}
        error={errors.action}
      />
      <TextField
        className="col-12 col-md-4 col-lg-2"
        label={t('audit.entityType')}
        hint={t('audit.entityTypeHint')}
        registration={field('entityType')}
        error={errors.entityType}
      />
      <TextField
        className="col-12 col-md-4 col-lg-3"
        label={t('audit.entityId')}
        registration={field('entityId')}
        error={errors.entityId}
      />
    </FiltersForm>
  );
}
