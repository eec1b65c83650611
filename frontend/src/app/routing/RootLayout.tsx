import { Outlet } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { restoreSession } from '@/lib/session/refresh';
import { useSession } from '@/lib/session/use-session';
import { ServerUnreachablePage } from '../pages/ServerUnreachablePage';

/**
 * Waits for the startup session restore, so no page flashes the wrong state; when the server
 * could not be reached, says so (with "Try again") instead of pretending the reader is signed out.
 */
export function RootLayout() {
  const session = useSession();
  if (session.status === 'restoring') return <CenteredLoader />;
  if (session.status === 'unreachable') return <ServerUnreachablePage onRetry={restoreSession} />;
  return <Outlet />;
}
