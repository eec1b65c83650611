import { Outlet } from 'react-router';
import { CenteredLoader } from '@/components/ui/CenteredLoader';
import { useSession } from '@/lib/session/use-session';

/** Waits for the startup session restore, so no page flashes the wrong state. */
export function RootLayout() {
  const session = useSession();
  return session.status === 'restoring' ? <CenteredLoader /> : <Outlet />;
}
