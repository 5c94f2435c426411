/**
 * The service form's values: the shared ServiceInput, except that languages
 * are rows of `{ name }` (react-hook-form's field arrays hold objects), sent
 * to the server as the plain list of names the schema expects.
 */
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { requiredText } from '../../../shared/schemas/common';
import { ServiceInput, type ServiceView } from '../../../shared/schemas/directory';

export const ServiceFormSchema = ServiceInput.extend({
  languages: z
    .array(z.object({ name: requiredText(200) }))
    .max(50, { error: 'validation.tooMany' })
    .default([])
    .transform((rows) => rows.map((row) => row.name)),
});
export type ServiceFormValues = z.input<typeof ServiceFormSchema>;
export type ServiceFormInput = z.output<typeof ServiceFormSchema>;
export type ServiceForm = UseFormReturn<ServiceFormValues, unknown, ServiceFormInput>;

/** An empty field is no value. */
export const blankToNull = (value: unknown) => (value === '' ? null : value);
/** A number field: empty is no value, anything else a number (NaN is refused by the schema). */
export const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

/** The rows of a service as read, without their ids (the server replaces them all on save). */
const withoutId = <T extends { id: string }>(rows: T[] | undefined): Omit<T, 'id'>[] =>
  (rows ?? []).map(({ id: _id, ...row }) => row);

export const serviceValues = (s: ServiceView | undefined, organisationId: string): ServiceFormValues => ({
  organisationId: s?.organisationId ?? organisationId,
  name: s?.name ?? '',
  alternateName: s?.alternateName ?? '',
  description: s?.description ?? '',
  url: s?.url ?? null,
  email: s?.email ?? null,
  status: s?.status ?? 'active',
  interpretationServices: s?.interpretationServices ?? '',
  applicationProcess: s?.applicationProcess ?? '',
  feesDescription: s?.feesDescription ?? '',
  eligibilityDescription: s?.eligibilityDescription ?? '',
  accreditations: s?.accreditations ?? '',
  minimumAge: s?.minimumAge ?? null,
  maximumAge: s?.maximumAge ?? null,
  alert: s?.alert ?? '',
  languages: (s?.languages ?? []).map((name) => ({ name })),
  serviceAreas: s?.serviceAreas ?? [],
  areaCodes: s?.areaCodes ?? [],
  ackWorkingDays: s?.ackWorkingDays ?? 3,
  locations: withoutId(s?.locations),
  schedules: withoutId(s?.schedules),
  phones: withoutId(s?.phones),
  contacts: withoutId(s?.contacts),
  costOptions: withoutId(s?.costOptions),
});
