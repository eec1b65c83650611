import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';

const InvitationPreview = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      existingAccount
      role
      tenantName
      firmName
      expiresAt
    }
  }
`);

export async function fetchInvitationPreview(token: string) {
  const data = await request(InvitationPreview, { token }, { anonymous: true });
  return data.invitationPreview;
}
