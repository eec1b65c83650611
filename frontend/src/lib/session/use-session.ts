import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession } from './session-store';
import type { SessionState, Viewer } from './session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** The signed-in viewer; only for components rendered behind the session guard. */
export function useViewer(): Viewer {
  const session = useSession();
  if (session.status !== 'signedIn') {
    throw new Error('useViewer() used outside the signed-in part of the app');
  }
  return session.viewer;
}
