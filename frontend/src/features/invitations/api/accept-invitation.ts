import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { applyAuthSession } from '@/lib/session/refresh';

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      ...AuthSessionFields
    }
  }
`);

/**
 * Joins the tenant and signs in (the server sets the refresh cookie): a new account sets its
 * password and name; an existing account confirms with its current password.
 */
export async function acceptInvitation(input: { token: string; password: string; displayName: string | null }) {
  const data = await request(AcceptInvitation, input, { anonymous: true });
  applyAuthSession(data.acceptInvitation);
  return data.acceptInvitation.viewer;
}
