/**
 * Why the person was sent to the sign-in page (session expired, signed out
 * elsewhere), kept until they sign in again so the page can say it.
 */
let notice: string | null = null;
const subscribers = new Set<() => void>();

export function setSignInNotice(message: string | null): void {
  notice = message;
  for (const notify of subscribers) notify();
}

export function getSignInNotice(): string | null {
  return notice;
}

export function subscribeSignInNotice(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}
