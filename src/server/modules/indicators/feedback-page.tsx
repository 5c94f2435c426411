/**
 * The satisfaction form behind the QR code on the receipt (and on posters):
 * server-rendered HTML that works without JavaScript — radio buttons 1–5, an
 * optional comment, the ticket in a hidden field — then a thank-you page.
 * Errors come back as the same form with the message beside the field.
 * Anonymous: no cookies, no third parties, nothing personal asked.
 */

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { z } from 'zod';
import type { Language } from '../../../shared/roles';
import { issueMessage, translate } from '../../http/i18n';

export const SCORES = [1, 2, 3, 4, 5] as const;

/** What the visitor typed, as text, to put back in the form after an error. */
export interface FeedbackFormValues {
  score: string;
  comment: string;
  ticketId: string;
}

/** Messages beside the score and the comment, and one above the form (the ticket, a second answer). */
export type FeedbackProblems = Partial<Record<'score' | 'comment' | 'general', string>>;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f5f5f5;line-height:1.5}
header{background:#0066cc;color:#fff;padding:1rem}header p{margin:0;font-size:.9rem}h1{margin:.25rem 0 0;font-size:1.5rem}
main{max-width:40rem;margin:0 auto;padding:1rem}section,form{background:#fff;border-radius:4px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.1)}
h2{font-size:1.25rem;margin:0 0 .5rem}fieldset{border:0;margin:0 0 1rem;padding:0}legend{font-weight:700;font-size:1.1rem;margin-bottom:.5rem}
.scores{display:grid;gap:.5rem}.scores label{display:flex;align-items:center;gap:.75rem;min-height:3rem;padding:.5rem .75rem;border:2px solid #5c6f82;border-radius:6px;font-size:1.1rem}
.scores input{width:1.5rem;height:1.5rem;margin:0}.scores label:has(input:checked){border-color:#0066cc;background:#e6f0fa}
label.comment{display:block;font-weight:700;margin-bottom:.25rem}textarea{width:100%;min-height:7rem;font:inherit;padding:.5rem;border:2px solid #5c6f82;border-radius:6px}
.hint{margin:.25rem 0 1rem;color:#4d4d4d;font-size:.95rem}.error{color:#a61c2e;font-weight:700;margin:.25rem 0 .5rem}
.problem{border-left:4px solid #a61c2e;padding-left:.75rem}
button{min-height:3rem;min-width:10rem;padding:.5rem 1.5rem;border:0;border-radius:6px;background:#0066cc;color:#fff;font:inherit;font-weight:700;cursor:pointer}
button:focus-visible,input:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #ff9900;outline-offset:2px}
footer{max-width:40rem;margin:0 auto;padding:0 1rem 2rem;font-size:.9rem;color:#4d4d4d}a{color:#0059b3}
`;

const t = (lang: Language, key: string, params: Record<string, unknown> = {}) =>
  translate(lang, `feedback.${key}`, params);

interface PageFrame {
  lang: Language;
  deskName: string | null;
  title: string;
  /** The page's own address without `lang`, for the language switch. */
  query: URLSearchParams;
  children: ReactNode;
}

function page({ lang, deskName, title, query, children }: PageFrame): string {
  const other: Language = lang === 'it' ? 'en' : 'it';
  const switchQuery = new URLSearchParams(query);
  switchQuery.set('lang', other);
  const html = (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{deskName ? `${title} – ${deskName}` : title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <p>{t(lang, 'page.service')}</p>
          <h1>{deskName ?? t(lang, 'page.service')}</h1>
        </header>
        <main>{children}</main>
        <footer>
          <nav aria-label={t(lang, 'page.languages')}>
            <a href={`?${switchQuery}`} hrefLang={other} lang={other}>
              {translate(other, 'feedback.page.switchLanguage')}
            </a>
          </nav>
        </footer>
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(html)}`;
}

export interface FormPage {
  lang: Language;
  deskId: string;
  deskName: string;
  values: FeedbackFormValues;
  problems: FeedbackProblems;
}

/** The form, empty or as sent with the problems beside their fields. */
export function renderFeedbackForm({ lang, deskId, deskName, values, problems }: FormPage): string {
  const hasProblems = Object.keys(problems).length > 0;
  const title = hasProblems
    ? `${t(lang, 'page.errorPrefix')} ${t(lang, 'page.title')}`
    : t(lang, 'page.title');
  const query = new URLSearchParams(values.ticketId ? { t: values.ticketId } : {});
  const action = `/valuta/${encodeURIComponent(deskId)}?lang=${lang}`;
  return page({
    lang,
    deskName,
    title,
    query,
    children: (
      <>
        <h2>{t(lang, 'page.title')}</h2>
        <p>{t(lang, 'page.intro')}</p>
        <form method="post" action={action} noValidate>
          {problems.general && (
            <p className="error problem" id="general-error">
              {problems.general}
            </p>
          )}
          <input type="hidden" name="t" value={values.ticketId} />
          <fieldset
            className={problems.score ? 'problem' : undefined}
            aria-describedby={problems.score ? 'score-error' : undefined}
          >
            <legend>{t(lang, 'page.legend')}</legend>
            {problems.score && (
              <p className="error" id="score-error">
                {problems.score}
              </p>
            )}
            <div className="scores">
              {SCORES.map((score) => (
                <label key={score}>
                  <input
                    type="radio"
                    name="score"
                    value={score}
                    defaultChecked={values.score === String(score)}
                    required
                  />
                  {t(lang, 'scoreName', { score, label: t(lang, `scores.${score}`) })}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="comment" htmlFor="comment">
            {t(lang, 'page.comment')}
          </label>
          {problems.comment && (
            <p className="error" id="comment-error">
              {problems.comment}
            </p>
          )}
          <textarea
            id="comment"
            name="comment"
            maxLength={1000}
            aria-invalid={problems.comment ? true : undefined}
            aria-describedby={problems.comment ? 'comment-error comment-hint' : 'comment-hint'}
            defaultValue={values.comment}
          />
          <p className="hint" id="comment-hint">
            {t(lang, 'page.commentHint')}
          </p>
          <button type="submit">{t(lang, 'page.send')}</button>
        </form>
      </>
    ),
  });
}

/** After a saved answer. */
export function renderFeedbackThanks(lang: Language, deskName: string): string {
  return page({
    lang,
    deskName,
    title: t(lang, 'page.thanksTitle'),
    query: new URLSearchParams(),
    children: (
      <section aria-labelledby="thanks">
        <h2 id="thanks">{t(lang, 'page.thanksTitle')}</h2>
        <p>{t(lang, 'page.thanksText')}</p>
      </section>
    ),
  });
}

/** A page with a heading and a sentence: unknown desk, too many answers, a failure. */
export function renderFeedbackNotice(lang: Language, kind: 'notFound' | 'rateLimited' | 'failed'): string {
  return page({
    lang,
    deskName: null,
    title: t(lang, `page.${kind}Title`),
    query: new URLSearchParams(),
    children: (
      <section aria-labelledby="notice">
        <h2 id="notice">{t(lang, `page.${kind}Title`)}</h2>
        <p>{t(lang, `page.${kind}Text`)}</p>
      </section>
    ),
  });
}

/** The form's urlencoded fields as text (anything else is ignored). */
export function formValues(body: unknown): FeedbackFormValues {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { score: text(fields.score), comment: text(fields.comment), ticketId: text(fields.t) };
}

/** The form's text in the shape FeedbackInput checks: a number for the score, null for no ticket. */
export function feedbackInputOf(values: FeedbackFormValues) {
  const score = values.score.trim();
  return {
    score: /^\d+$/.test(score) ? Number(score) : undefined,
    comment: values.comment,
    ticketId: values.ticketId.trim() || null,
  };
}

/** One message per field, worded in the page's language; the ticket's problems go above the form. */
export function problemsOf(lang: Language, issues: z.core.$ZodIssue[]): FeedbackProblems {
  const problems: FeedbackProblems = {};
  for (const issue of issues) {
    const field = issue.path[0] === 'score' || issue.path[0] === 'comment' ? issue.path[0] : 'general';
    problems[field] ??= issueMessage(lang, issue);
  }
  return problems;
}
