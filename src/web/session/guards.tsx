/**
 * Route guards. Signed out → the sign-in page (remembering where they were
 * going); a temporary password still in use → the password page, whatever
 * the address; a section outside one's permissions → "not allowed". The
 * server refuses all of these anyway: this only spares a useless screen.
 */
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../shared/permissions';
import { ForbiddenPage } from '../features/errors/ForbiddenPage';
import { useSession } from './session';

export const PASSWORD_PATH = '/account/password';

export function RequireSignedIn() {
  const { user } = useSession();
  const location = useLocation();
  if (!user)
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (user.mustChangePassword && location.pathname !== PASSWORD_PATH)
    return <Navigate to={PASSWORD_PATH} replace />;
  return <Outlet />;
}

export function RequirePermission({ permission }: { permission: Permission }) {
  const { can } = useSession();
  return can(permission) ? <Outlet /> : <ForbiddenPage />;
}

/** For pages several permissions open (e.g. a desk's calendar: closures or openings). */
export function RequireAnyPermission({ permissions }: { permissions: readonly Permission[] }) {
  const { can } = useSession();
  return permissions.some(can) ? <Outlet /> : <ForbiddenPage />;
}
