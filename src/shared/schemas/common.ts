/** Building blocks shared by every request and response schema. */
import { z } from 'zod';

export const Id = z.uuid({ error: 'validation.id' });
export type Id = z.infer<typeof Id>;

export const IdParams = z.object({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

/** ISO-8601 instant in UTC, as the server always returns it. */
export const Instant = z.iso.datetime({ error: 'validation.instant' });

/** Calendar date, YYYY-MM-DD. */
export const LocalDate = z.iso.date({ error: 'validation.date' });

/** Optimistic concurrency: the version the client last saw. */
export const Version = z.int().min(1);

export const FieldError = z.object({ field: z.string(), message: z.string() });

/** The body of every 4xx/5xx reply: a stable code, a sentence in the user's language, field details. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(FieldError).optional(),
  requestId: z.string().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });

/** Keyset paging: newest first, `before` is the cursor returned by the previous page. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .nullish()
    .transform((value) => (value ? value : null));

export const requiredText = (max: number) =>
  z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(max, {
    error: 'validation.tooLong',
  });
