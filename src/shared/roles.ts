/**
 * Staff roles (DESIGN.md §2) and the organisation kinds they belong to.
 * Shared by server and web: no I/O here.
 */
import { z } from 'zod';

export const ROLES = ['desk_operator', 'service_worker', 'coordinator', 'admin', 'privacy_officer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ORGANISATION_KINDS = ['comune', 'consorzio', 'asl', 'terzo_settore', 'altro'] as const;
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const LANGUAGES = ['it', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;
export const DEFAULT_LANGUAGE: Language = 'it';
