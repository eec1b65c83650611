import { graphql } from '@/gql';
import type { InviteUserInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const invitationsKey = ['invitations'] as const;

const Invitations = graphql(`
  query Invitations($first: Int, $after: String) {
    invitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        email
        role
        status
        expiresAt
        createdAt
        firm {
          id
          name
        }
        invitedBy {
          displayName
          email
        }
      }
    }
  }
`);

const InviteUser = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      status
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      email
      status
    }
  }
`);

export async function fetchInvitations(after: string | null) {
  const data = await request(Invitations, { first: PAGE_SIZE, after });
  return data.invitations;
}

export async function inviteUser(input: InviteUserInput) {
  const data = await request(InviteUser, { input });
  return data.inviteUser;
}

export async function revokeInvitation(id: string) {
  const data = await request(RevokeInvitation, { id });
  return data.revokeInvitation;
}
