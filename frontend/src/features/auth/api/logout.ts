import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { cancelScheduledRefresh } from '@/lib/session/refresh';
import { markSignedOut } from '@/lib/session/session-store';

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

/** Revokes the refresh cookie on the server, then forgets the session in this tab either way. */
export async function signOut(): Promise<void> {
  try {
    await request(Logout, {});
  } catch {
    // Signing out locally must not depend on the server answering.
  } finally {
    cancelScheduledRefresh();
    markSignedOut({ expired: false });
  }
}
