/** Filters for the audit trail, checked with the server's own AuditQuery schema. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../shared/audit';
import { AuditQuery } from '../../../shared/schemas/audit';
import { FiltersForm } from '../../components/form/FiltersForm';
import { SelectField } from '../../components/form/SelectField';
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

/** Codes with their translated names, in alphabetical order of the names. */
function byName<T extends string>(codes: readonly T[], name: (code: T) => string): [T, string][] {
  return codes.map((code): [T, string] => [code, name(code)]).sort((a, b) => a[1].localeCompare(b[1]));
}

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
      <SelectField
        className="col-12 col-md-4 col-lg-3"
        label={t('audit.action')}
        registration={field('action')}
        error={errors.action}
      >
        <option value="">{t('audit.anyAction')}</option>
        {byName(AUDIT_ACTIONS, (action) => t(`auditActions.${action}`)).map(([action, name]) => (
          <option key={action} value={action}>
            {name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="col-12 col-md-4 col-lg-2"
        label={t('audit.entityType')}
        registration={field('entityType')}
        error={errors.entityType}
      >
        <option value="">{t('audit.anyEntity')}</option>
        {byName(AUDIT_ENTITIES, (entity) => t(`auditEntities.${entity}`)).map(([entity, name]) => (
          <option key={entity} value={entity}>
            {name}
          </option>
        ))}
      </SelectField>
      <TextField
        className="col-12 col-md-4 col-lg-3"
        label={t('audit.entityId')}
        registration={field('entityId')}
        error={errors.entityId}
      />
    </FiltersForm>
  );
}
