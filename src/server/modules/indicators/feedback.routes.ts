/**
 * HTTP for the satisfaction feedback (issue 6): the kiosk's answer, the
 * public form behind the receipt's QR code (HTML without JavaScript, rate
 * limited per address), and the comments for coordinators.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { languageFromHeader } from '../../../shared/i18n';
import { Language } from '../../../shared/roles';
import { Id, LocalDate } from '../../../shared/schemas/common';
import { FeedbackComment, FeedbackInput } from '../../../shared/schemas/indicators';
import { DomainError } from '../../errors';
import { translate } from '../../http/i18n';
import type { App } from '../../http/types';
import * as feedback from './feedback.service';
import {
  type FeedbackProblems,
  feedbackInputOf,
  formValues,
  problemsOf,
  renderFeedbackForm,
  renderFeedbackNotice,
  renderFeedbackThanks,
} from './feedback-page';

const Ok = z.object({ ok: z.literal(true) });
const DeskParams = z.object({ deskId: Id });
/** Lenient: a bad `lang` falls back to the browser's language, a bad `t` is refused when the form is sent. */
const PageQuery = z.object({ lang: z.string().max(10).optional(), t: z.string().max(100).optional() });
const CommentsQuery = z
  .object({ from: LocalDate, to: LocalDate, deskId: Id.optional() })
  .refine((q) => q.from <= q.to, { error: 'validation.endBeforeStart', path: ['to'] });

export async function feedbackRoutes(app: App) {
  const tags = ['feedback'];
  // The public form posts urlencoded fields; only this plugin's routes read them.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.post(
    '/api/kiosk/feedback',
    {
      schema: {
        tags,
        summary: 'An anonymous answer (score 1–5, comment) at the kiosk',
        body: FeedbackInput,
        response: { 201: Ok },
      },
      config: { permission: 'kiosk' },
    },
    async (request, reply) => {
      await feedback.submitFromKiosk(request.ctx, request.device!, request.body);
      return reply.code(201).send({ ok: true as const });
    },
  );
  app.get(
    '/api/kiosk/feedback-link',
    {
      schema: {
        tags,
        summary: 'The public address of this desk’s feedback form, for the QR code on the receipt',
        response: { 200: z.object({ url: z.string() }) },
      },
      config: { permission: 'kiosk' },
    },
    (request) => ({ url: `${app.config.publicUrl}/valuta/${request.device!.deskId}` }),
  );
  app.get(
    '/api/feedback/comments',
    {
      schema: {
        tags,
        summary: 'Feedback comments on the desks my organisation staffs, newest first (at most 200)',
        querystring: CommentsQuery,
        response: { 200: z.array(FeedbackComment) },
      },
      config: { permission: 'indicator.read' },
    },
    (request) => feedback.listFeedbackComments(request.ctx, request.query),
  );

  const pageOptions = (summary: string) => ({
    schema: { tags, summary, params: DeskParams, querystring: PageQuery },
    errorHandler: pageError,
  });
  app.get(
    '/valuta/:deskId',
    {
      ...pageOptions('The feedback form behind the QR code (HTML, works without JavaScript)'),
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const lang = pageLanguage(request);
      const desk = await feedback.feedbackDesk(request.ctx, request.params.deskId);
      const values = { score: '', comment: '', ticketId: request.query.t ?? '' };
      return html(
        reply,
        200,
        renderFeedbackForm({
          lang,
          deskId: request.params.deskId,
          deskName: desk.name,
          values,
          problems: {},
        }),
      );
    },
  );
  app.post(
    '/valuta/:deskId',
    {
      ...pageOptions('Send the feedback form (urlencoded); the thank-you page, or the form with its errors'),
      config: {
        permission: 'public',
        isAnonymousForm: true,
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const answer = await answerForm(request, request.params.deskId);
      return html(reply, answer.status, answer.page);
    },
  );
}

/**
 * The form as sent: saved and thanked, or shown again with its problems
 * (a missing score, a ticket not served yet, a second answer for a ticket).
 */
async function answerForm(request: FastifyRequest, deskId: string) {
  const lang = pageLanguage(request);
  const desk = await feedback.feedbackDesk(request.ctx, deskId);
  const values = formValues(request.body);
  const again = (status: number, problems: FeedbackProblems) => ({
    status,
    page: renderFeedbackForm({ lang, deskId, deskName: desk.name, values, problems }),
  });
  const parsed = FeedbackInput.safeParse(feedbackInputOf(values), { reportInput: true });
  if (!parsed.success) return again(400, problemsOf(lang, parsed.error.issues));
  try {
    await feedback.submitFromLink(request.ctx, deskId, parsed.data);
  } catch (error) {
    const problem = formProblem(error, lang);
    if (!problem) throw error;
    return again(problem.status, { general: problem.message });
  }
  return { status: 200, page: renderFeedbackThanks(lang, desk.name) };
}

/** The page's language: ?lang=, else the browser's, else Italian. */
function pageLanguage(request: FastifyRequest): Language {
  const query = request.query as { lang?: unknown } | undefined;
  return Language.safeParse(query?.lang).data ?? languageFromHeader(request.headers['accept-language']);
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
}

/** A refused answer the visitor can act on (unknown or unserved ticket, second answer), worded for the form. */
function formProblem(error: unknown, lang: Language) {
  if (!(error instanceof DomainError) || !['validation', 'conflict'].includes(error.kind)) return null;
  const key = error.fields[0]?.message ?? error.messageKey;
  return { status: error.kind === 'conflict' ? 409 : 400, message: translate(lang, key) };
}

/** Errors on the public pages are pages too: unknown desk, too many answers, anything else. */
function pageError(error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) {
  const lang = pageLanguage(request);
  const status = error instanceof DomainError && error.kind === 'not_found' ? 404 : (error.statusCode ?? 500);
  // Only the desk id in the path can fail validation here (the form is checked in the handler).
  if (status === 404 || status === 400) return html(reply, 404, renderFeedbackNotice(lang, 'notFound'));
  if (status === 429) return html(reply, 429, renderFeedbackNotice(lang, 'rateLimited'));
  if (status >= 500)
    request.log.error({ err: error, route: request.routeOptions.url }, 'feedback page failed');
  return html(reply, status, renderFeedbackNotice(lang, 'failed'));
}
