/**
 * The latest comments people left with their satisfaction score. Anonymous
 * by design; nothing shows when there are none or the list cannot be read.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../people/format';
import type { DashboardFilters } from './filters';
import { INDICATORS_QUERY, listFeedbackComments } from './indicators.api';

const SHOWN = 10;

export function FeedbackComments({ filters }: { filters: DashboardFilters }) {
  const { t, i18n } = useTranslation();
  const query = { from: filters.from, to: filters.to, deskId: filters.deskId || undefined };
  const comments = useQuery({
    queryKey: [...INDICATORS_QUERY, 'comments', query],
    queryFn: () => listFeedbackComments(query),
    retry: false,
  });
  const latest = (comments.data ?? []).filter((comment) => comment.comment.trim()).slice(0, SHOWN);
  if (latest.length === 0) return null;
  return (
    <section aria-labelledby="feedback-comments" className="mb-4">
      <h3 id="feedback-comments" className="h5">
        {t('dashboard.comments')}
      </h3>
      <ul className="list-unstyled d-grid gap-3">
        {latest.map((comment, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: comments are anonymous (no id) and the list is replaced whole
          <li key={`${comment.date}-${index}`} className="border-start border-4 ps-3">
            <blockquote className="mb-1">{comment.comment}</blockquote>
            <span className="small text-muted">
              {t('dashboard.commentMeta', {
                date: formatDate(comment.date, i18n.language),
                score: comment.score,
                channel: t(`dashboard.feedbackChannels.${comment.channel}`),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
