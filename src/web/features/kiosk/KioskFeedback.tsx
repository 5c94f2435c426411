/**
 * Satisfaction at the kiosk: "Com'è andata?" — five big score tiles with
 * words (not only numbers), an optional comment, Send; then thanks, and back
 * to the start by itself. Also the QR code printed on the receipt, which
 * leads to the same question on the visitor's phone after the meeting.
 * Anonymous: nothing here asks for or sends a name.
 */
import { useQuery } from '@tanstack/react-query';
import { create as createQr } from 'qrcode';
import { type Ref, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackInput } from '../../../shared/schemas/indicators';
import type { TicketReceipt } from '../../../shared/schemas/queue';
import { deviceApi } from '../../api/device-client';

export const THANKS_SECONDS = 8;
const SCORES = [1, 2, 3, 4, 5] as const;

const sendKioskFeedback = (input: FeedbackInput) =>
  deviceApi.post<{ ok: true }>('/api/kiosk/feedback', input);

/** The desk's public feedback address (from the server, which knows the public URL). */
export function useFeedbackLink(): string | null {
  const link = useQuery({
    queryKey: ['kiosk-feedback-link'],
    queryFn: () => deviceApi.get<{ url: string }>('/api/kiosk/feedback-link'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return link.data?.url ?? null;
}

/** The address on a receipt: the desk's form, naming the ticket (one answer per ticket). */
export function feedbackUrlFor(base: string, receipt: TicketReceipt): string {
  return `${base}?t=${encodeURIComponent(receipt.ticketId)}`;
}

/** A QR code as crisp SVG squares, drawn synchronously so it is there when the receipt prints. */
export function FeedbackQr({ url, label, className }: { url: string; label?: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const modules = createQr(url, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
    return { size: modules.size + 8, path: d };
  }, [url]);
  const box = `0 0 ${size} ${size}`;
  const squares = (
    <>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </>
  );
  if (!label)
    return (
      <svg className={className} viewBox={box} shapeRendering="crispEdges" aria-hidden="true">
        {squares}
      </svg>
    );
  return (
    <svg className={className} viewBox={box} shapeRendering="crispEdges" role="img">
      <title>{label}</title>
      {squares}
    </svg>
  );
}

export interface KioskFeedbackProps {
  headingRef: Ref<HTMLHeadingElement>;
  onSent: () => void;
  onBack: () => void;
}

export function KioskFeedback({ headingRef, onSent, onBack }: KioskFeedbackProps) {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<'chooseScore' | 'failed' | null>(null);
  const [isBusy, setBusy] = useState(false);

  const send = async () => {
    if (isBusy) return;
    if (score === null) return setProblem('chooseScore');
    setBusy(true);
    try {
      await sendKioskFeedback({ score, comment: comment.trim() || null });
      onSent();
    } catch {
      setProblem('failed');
      setBusy(false);
    }
  };

  return (
    <form
      className="kiosk-screen kiosk-feedback"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {t('feedback.kiosk.title')}
      </h1>
      <p className="kiosk-lead">{t('feedback.kiosk.intro')}</p>
      <fieldset
        className="kiosk-scores"
        aria-describedby={problem === 'chooseScore' ? 'score-problem' : undefined}
      >
        <legend className="visually-hidden">{t('feedback.kiosk.scoreGroup')}</legend>
        {SCORES.map((value) => (
          <label key={value} className="kiosk-score">
            <input
              type="radio"
              name="score"
              value={value}
              checked={score === value}
              onChange={() => {
                setScore(value);
                setProblem(null);
              }}
            />
            <span className="kiosk-score-number" aria-hidden="true">
              {value}
            </span>
            <span className="kiosk-score-label">
              <span className="visually-hidden">
                {t('feedback.scoreName', { score: value, label: t(`feedback.scores.${value}`) })}
              </span>
              <span aria-hidden="true">{t(`feedback.scores.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="kiosk-comment">
        <label htmlFor="kiosk-comment">{t('feedback.kiosk.comment')}</label>
        <textarea
          id="kiosk-comment"
          value={comment}
          maxLength={1000}
          rows={3}
          aria-describedby="kiosk-comment-hint"
          onChange={(event) => setComment(event.target.value)}
        />
        <p id="kiosk-comment-hint" className="kiosk-comment-hint">
          {t('feedback.kiosk.commentHint')}
        </p>
      </div>
      <p className="kiosk-feedback-problem" id="score-problem" role="alert">
        {problem && t(`feedback.kiosk.${problem}`)}
      </p>
      <div className="kiosk-feedback-actions">
        <button type="button" className="kiosk-button kiosk-button-back" onClick={onBack}>
          {t('kiosk.back')}
        </button>
        <button
          type="submit"
          className="kiosk-button kiosk-button-primary kiosk-button-send"
          aria-disabled={isBusy || undefined}
        >
          {isBusy ? t('feedback.kiosk.sending') : t('feedback.kiosk.send')}
        </button>
      </div>
    </form>
  );
}

/** Thanks, then back to the start after a few seconds (or now, with the button). */
export function KioskFeedbackThanks({
  headingRef,
  onDone,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onDone, THANKS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [onDone]);
  return (
    <div className="kiosk-screen">
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {t('feedback.kiosk.thanksTitle')}
      </h1>
      <p className="kiosk-lead">{t('feedback.kiosk.thanksText')}</p>
      <button type="button" className="kiosk-button kiosk-button-primary kiosk-button-done" onClick={onDone}>
        {t('feedback.kiosk.backNow')}
      </button>
    </div>
  );
}
