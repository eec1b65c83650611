import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/lib/session/use-session';

/** Sends signed-out visitors to /login, remembering where they were going (?next=). */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status !== 'signedIn') {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
