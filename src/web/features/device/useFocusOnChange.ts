/** Move focus to a screen's heading whenever the screen changes (kiosk steps): screen readers start there. */
import { useEffect, useRef } from 'react';

export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is what the focus follows.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
