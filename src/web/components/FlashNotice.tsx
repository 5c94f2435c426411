/** A one-line success message carried to the next page in the navigation state ("User created"). */
import { useLocation } from 'react-router';
import { Notice } from './Notice';

export function FlashNotice() {
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  if (!flash) return null;
  return (
    <Notice color="success" live>
      {flash}
    </Notice>
  );
}
