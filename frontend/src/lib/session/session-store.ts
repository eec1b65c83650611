import type { ViewerFieldsFragment } from '@/gql/graphql';
import { queryClient } from '../query-client';
import { accessToken } from './access-token';

/** The signed-in user, their current role and tenant, and the memberships they can switch to. */
export type Viewer = ViewerFieldsFragment;

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; expired: boolean }
  /** The startup restore could not reach the server: not known to be signed in, not signed out. */
  | { status: 'unreachable' }
  | { status: 'signedIn'; viewer: Viewer };

let state: SessionState = { status: 'restoring' };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSession(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Records the viewer of a freshly issued access token. */
export function markSignedIn(viewer: Viewer): void {
  setState({ status: 'signedIn', viewer });
}

/** Replaces the viewer after a profile change (the token is unchanged). */
export function updateViewer(viewer: Viewer): void {
  if (state.status === 'signedIn') setState({ status: 'signedIn', viewer });
}

/**
 * The server could not be asked whether the refresh cookie still holds a session. Nothing is
 * forgotten: the cookie stays, and a retry (or the server coming back) restores the session.
 */
export function markUnreachable(): void {
  setState({ status: 'unreachable' });
}

/**
 * Forgets the session in this tab: the token, the viewer and every cached query, so nothing
 * of one user's data is shown to the next. `expired` tells the sign-in page to explain why.
 */
export function markSignedOut({ expired }: { expired: boolean }): void {
  accessToken.clear();
  queryClient.clear();
  setState({ status: 'signedOut', expired });
}
