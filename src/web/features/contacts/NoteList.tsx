/**
 * A contact's notes, oldest first, each with its author and organisation; a
 * confidential one is marked in words. Confidential notes of other
 * organisations are not sent by the server: only their number is said.
 */
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../shared/schemas/contacts';
import { formatMoment } from '../people/format';

export function NoteList({ notes, hiddenNotes }: { notes: NoteView[]; hiddenNotes: number }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {notes.length === 0 && hiddenNotes === 0 && <p className="mb-0">{t('contacts.noNotes')}</p>}
      {notes.length > 0 && (
        <ul className="list-unstyled mb-0">
          {notes.map((note) => (
            <li key={note.id} className="mb-3">
              <div className="small text-muted">
                {t('contacts.noteBy', {
                  author: note.authorName,
                  organisation: note.organisationName,
                  when: formatMoment(note.createdAt, i18n.language),
                })}
                {note.confidential && (
                  <>
                    {' '}
                    <span className="badge bg-warning text-dark">{t('contacts.confidential')}</span>
                  </>
                )}
              </div>
              <p className="mb-0 text-break" style={{ whiteSpace: 'pre-line' }}>
                {note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      {hiddenNotes > 0 && (
        <p className="small text-muted mb-0">{t('contacts.hiddenNotes', { count: hiddenNotes })}</p>
      )}
    </>
  );
}
