/**
 * Single-key shortcuts for a busy screen (N, P, C…). They never fire while
 * the person is typing (inputs, selects, editable text), while a dialog is
 * open, with Ctrl/Alt/Meta held, or on key repeat. WCAG 2.1.4 asks that
 * single-character shortcuts can be turned off: the choice is kept in this
 * browser (useShortcutsEnabled).
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

export type ShortcutMap = Record<string, () => void>;

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const STORAGE_KEY = 'sportello.shortcuts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null;
}

export function useShortcuts(shortcuts: ShortcutMap, isEnabled: boolean): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    if (!isEnabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('.modal.show')) return;
      const action = latest.current[event.key.toLowerCase()];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [isEnabled]);
}

const subscribers = new Set<() => void>();
let isOn: boolean | null = null;

function readEnabled(): boolean {
  if (isOn === null) {
    try {
      isOn = localStorage.getItem(STORAGE_KEY) !== 'off';
    } catch {
      isOn = true;
    }
  }
  return isOn;
}

/** Whether single-key shortcuts are on in this browser (on unless turned off), and a way to switch. */
export function useShortcutsEnabled(): [boolean, (enabled: boolean) => void] {
  const enabled = useSyncExternalStore((notify) => {
    subscribers.add(notify);
    return () => subscribers.delete(notify);
  }, readEnabled);
  const setEnabled = useCallback((next: boolean) => {
    isOn = next;
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
    } catch {
      // Private mode without storage: the choice lasts until the page is reloaded.
    }
    for (const notify of subscribers) notify();
  }, []);
  return [enabled, setEnabled];
}
