/**
 * Which contact the desk screen is recording, if any. It opens by itself when
 * my ticket starts being served (once per ticket: closing it or saving it
 * does not make it come back), and on request for a direct contact (phone,
 * e-mail, outreach) or to resume a draft. `ticket-<id>` drafts belong to a
 * ticket, any other to a direct contact.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketView } from '../../../../shared/schemas/queue';

export interface ContactTarget {
  ticketId: string | null;
  ticketCode: string | null;
  /** The draft to resume; none means the desk's defaults say which. */
  draftKey: string | null;
  /** Opened for the ticket I am serving now (not resumed from a draft later). */
  isLive: boolean;
  /** Tells two openings of the same target apart (a fresh load each time). */
  opening: number;
}

const TICKET_DRAFT = /^ticket-(.+)$/;

export function useContactSession(myTicket: TicketView | null) {
  const [target, setTarget] = useState<ContactTarget | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const handled = useRef(new Set<string>());
  const openings = useRef(0);
  const serving = myTicket?.status === 'serving' ? myTicket : null;

  const open = useCallback((next: Omit<ContactTarget, 'opening'>) => {
    openings.current += 1;
    setPersonId(null);
    setTarget({ ...next, opening: openings.current });
  }, []);

  useEffect(() => {
    if (serving && !target && !handled.current.has(serving.id))
      open({ ticketId: serving.id, ticketCode: serving.code, draftKey: null, isLive: true });
  }, [serving, target, open]);

  const close = useCallback(() => {
    setTarget((current) => {
      if (current?.ticketId) handled.current.add(current.ticketId);
      return null;
    });
    setPersonId(null);
  }, []);

  return {
    target,
    personId,
    setPersonId,
    /** My ticket being served whose contact is not the one open (or was closed). */
    servingElsewhere: serving && target?.ticketId !== serving.id ? serving : null,
    /** The ticket of the open contact was finished, transferred or put back without it. */
    hasTicketEnded: Boolean(target?.isLive && serving?.id !== target.ticketId),
    openTicket: (ticket: TicketView) => {
      handled.current.delete(ticket.id);
      open({ ticketId: ticket.id, ticketCode: ticket.code, draftKey: null, isLive: true });
    },
    openDirect: () => open({ ticketId: null, ticketCode: null, draftKey: null, isLive: false }),
    resumeDraft: (key: string) => {
      const ticketId = TICKET_DRAFT.exec(key)?.[1] ?? null;
      open({ ticketId, ticketCode: null, draftKey: key, isLive: false });
    },
    close,
  };
}

export type ContactSession = ReturnType<typeof useContactSession>;
