/**
 * The frame of the pages a paired device shows (kiosk, display) and of the
 * pairing page: full screen, no staff header or footer, the kiosk's own
 * i18next, and <html lang dir> following its language (Arabic is right to left).
 */
import { Suspense, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from '../../components/Loading';
import { currentLanguage } from '../../i18n';
import { directionOf, kioskI18n } from '../../i18n/kiosk';

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function DeviceFrame() {
  useEffect(() => {
    applyLanguage(kioskI18n.language);
    kioskI18n.on('languageChanged', applyLanguage);
    document.body.classList.add('device-screen');
    return () => {
      kioskI18n.off('languageChanged', applyLanguage);
      document.body.classList.remove('device-screen');
      applyLanguage(currentLanguage());
    };
  }, []);
  return (
    <I18nextProvider i18n={kioskI18n}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </I18nextProvider>
  );
}
