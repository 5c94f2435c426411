/** HTTP for contacts at the desk and the operators' drafts. */
import { z } from 'zod';
import { Id, IdParams, Ok } from '../../../shared/schemas/common';
import {
  ContactDefaults,
  ContactDefaultsQuery,
  ContactInput,
  ContactList,
  ContactListQuery,
  ContactSaved,
  ContactUpdate,
  ContactView,
  DraftInput,
  DraftList,
  DraftParams,
  DraftView,
  NoteInput,
} from '../../../shared/schemas/contacts';
import type { App } from '../../http/types';
import * as contacts from './contacts.service';
import * as drafts from './drafts.service';

export async function contactsRoutes(app: App) {
  const tags = ['contacts'];

  app.get(
    '/api/desks/:id/contact-defaults',
    {
      schema: {
        tags,
        summary: 'What a new contact starts with: operators present, the ticket, language, draft key',
        params: z.object({ id: Id }),
        querystring: ContactDefaultsQuery,
        response: { 200: ContactDefaults },
      },
      config: { permission: 'contact.record' },
    },
    (request) => contacts.contactDefaults(request.ctx, request.params.id, request.query.ticketId),
  );
  app.post(
    '/api/contacts',
    {
      schema: {
        tags,
        summary: 'Record a contact (joins the same person’s contact of the day; finishes its ticket)',
        body: ContactInput,
        response: { 201: ContactSaved },
      },
      config: { permission: 'contact.record' },
    },
    async (request, reply) => reply.code(201).send(await contacts.createContact(request.ctx, request.body)),
  );
  app.get(
    '/api/contacts',
    {
      schema: {
        tags,
        summary: "A desk's contacts between two dates (audited read)",
        querystring: ContactListQuery,
        response: { 200: ContactList },
      },
      config: { permission: 'contact.read' },
    },
    async (request) => ({ contacts: await contacts.listContacts(request.ctx, request.query) }),
  );
  app.get(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'One contact (audited read)',
        params: IdParams,
        response: { 200: ContactView },
      },
      config: { permission: 'contact.read' },
    },
    (request) => contacts.getContact(request.ctx, request.params.id),
  );
  app.put(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a contact (versioned)',
        params: IdParams,
        body: ContactUpdate,
        response: { 200: ContactSaved },
      },
      config: { permission: 'contact.record' },
    },
    (request) => contacts.updateContact(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/contacts/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note (optionally confidential to my organisation)',
        params: IdParams,
        body: NoteInput,
        response: { 200: ContactView },
      },
      config: { permission: 'contact.record' },
    },
    (request) => contacts.addContactNote(request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/contact-drafts',
    {
      schema: { tags, summary: 'My contact drafts', response: { 200: DraftList } },
      config: { permission: 'contact.record' },
    },
    async (request) => ({ drafts: await drafts.listDrafts(request.ctx) }),
  );
  app.get(
    '/api/contact-drafts/:key',
    {
      schema: { tags, summary: 'One of my drafts', params: DraftParams, response: { 200: DraftView } },
      config: { permission: 'contact.record' },
    },
    (request) => drafts.getDraft(request.ctx, request.params.key),
  );
  app.put(
    '/api/contact-drafts/:key',
    {
      schema: {
        tags,
        summary: 'Save a draft (autosave)',
        params: DraftParams,
        body: DraftInput,
        response: { 200: DraftView },
      },
      config: { permission: 'contact.record' },
    },
    (request) => drafts.saveDraft(request.ctx, request.params.key, request.body),
  );
  app.delete(
    '/api/contact-drafts/:key',
    {
      schema: { tags, summary: 'Discard a draft', params: DraftParams, response: { 200: Ok } },
      config: { permission: 'contact.record' },
    },
    (request) => drafts.discardDraft(request.ctx, request.params.key),
  );
}
