import { Navigate } from 'react-router';
import { useViewer } from '@/lib/session/use-session';
import { homePathFor } from '../navigation';

export function HomeRedirect() {
  const viewer = useViewer();
  return <Navigate to={homePathFor(viewer.role)} replace />;
}
