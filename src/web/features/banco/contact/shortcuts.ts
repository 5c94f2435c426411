/**
 * The contact form's keys: with a modifier, so they work while typing (a
 * single letter would land in the field). Alt+letter combinations the
 * browsers keep for their menus (Alt+D, E, F…) are avoided; matched on the
 * physical key so Alt's special characters on a Mac do not matter.
 */
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useRef } from 'react';

export interface Shortcut {
  /** What the button shows. */
  label: string;
  /** aria-keyshortcuts. */
  aria: string;
  matches: (event: KeyboardEvent | ReactKeyboardEvent) => boolean;
}

const withAlt = (letter: string): Shortcut => ({
  label: `Alt+${letter}`,
  aria: `Alt+${letter}`,
  matches: (event) =>
    event.altKey && !event.ctrlKey && !event.metaKey && event.code === `Key${letter.toUpperCase()}`,
});

export const SHORTCUTS = {
  save: {
    label: 'Ctrl+Enter',
    aria: 'Control+Enter',
    matches: (event) => (event.ctrlKey || event.metaKey) && event.key === 'Enter',
  } satisfies Shortcut,
  addRequest: withAlt('A'),
  searchPerson: withAlt('P'),
  newPerson: withAlt('N'),
  close: withAlt('X'),
} as const;

/** The single-key shortcut (when single keys are on) that opens a direct contact. */
export const DIRECT_CONTACT_KEY = 'D';

/**
 * The form's modifier shortcuts, heard on the whole page while it is open
 * (focus may be on the page itself after a button it was on went away), but
 * not while a dialog is open.
 */
export function useDocumentKeys(actions: [Shortcut, () => void][]): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || document.querySelector('.modal.show')) return;
      const found = latest.current.find(([shortcut]) => shortcut.matches(event));
      if (!found) return;
      event.preventDefault();
      found[1]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
