/**
 * The display's optional second language (a smaller line under each label),
 * chosen once on the TV itself and kept in its browser. None by default.
 */
import { useState } from 'react';
import type { KioskLanguage } from '../../../shared/i18n';
import { asKioskLanguage } from '../../i18n/kiosk';

const STORAGE_KEY = 'sportello.display.secondLanguage';

function stored(): KioskLanguage | null {
  try {
    return asKioskLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function useSecondLanguage(): [KioskLanguage | null, (language: KioskLanguage | null) => void] {
  const [language, setLanguage] = useState(stored);
  const choose = (next: KioskLanguage | null) => {
    setLanguage(next);
    try {
      if (next) localStorage.setItem(STORAGE_KEY, next);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // No storage: the choice lasts until the page reloads.
    }
  };
  return [language, choose];
}
