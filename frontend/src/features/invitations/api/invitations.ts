import type { QueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InviteUserInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';

const invitationsKey = ['invitations'] as const;

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

export type InvitationRow = Awaited<ReturnType<typeof fetchInvitations>>['nodes'][number];

export const invitationsQueryOptions = () => connectionQueryOptions(invitationsKey, fetchInvitations);

export const useInvitations = () => useConnection(invitationsQueryOptions());

/** An invitation as a change to it answers: who, and its status now. */
type InvitationState = Awaited<ReturnType<typeof inviteUser>>;

const refreshInvitations = (queryClient: QueryClient) => invalidateAll(queryClient, [invitationsKey]);

export async function inviteUser(input: InviteUserInput) {
  const data = await request(InviteUser, { input });
  return data.inviteUser;
}

export const useInviteUser = (config?: MutationConfig<InvitationState, InviteUserInput>) =>
  useCacheMutation(inviteUser, refreshInvitations, config);

export async function revokeInvitation(id: string) {
  const data = await request(RevokeInvitation, { id });
  return data.revokeInvitation;
}

export const useRevokeInvitation = (config?: MutationConfig<InvitationState, string>) =>
  useCacheMutation(revokeInvitation, refreshInvitations, config);
