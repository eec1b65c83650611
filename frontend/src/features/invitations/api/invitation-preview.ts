import { queryOptions, useQuery } from '@tanstack/react-query';
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

/** What an invitation link is for; no token, no question. A refusal is final (used or expired). */
export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitationPreview', token],
    queryFn: () => fetchInvitationPreview(token),
    enabled: token !== '',
    retry: false,
  });

export const useInvitationPreview = (token: string) => useQuery(invitationPreviewQueryOptions(token));
