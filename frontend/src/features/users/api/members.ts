import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';

const Members = graphql(`
  query Members($first: Int, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        role
        createdAt
        firm {
          id
          name
        }
        user {
          email
          displayName
        }
      }
    }
  }
`);

export async function fetchMembers(after: string | null) {
  const data = await request(Members, { first: PAGE_SIZE, after });
  return data.members;
}

export type MemberRow = Awaited<ReturnType<typeof fetchMembers>>['nodes'][number];

export const membersQueryOptions = () => connectionQueryOptions(['members'], fetchMembers);

export const useMembers = () => useConnection(membersQueryOptions());

const RemoveMember = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

const ChangeMemberRole = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      role
    }
  }
`);

/** The roles an operator admin can move a member between. */
export const OPERATOR_ROLES = ['OPERATOR_ADMIN', 'OPERATOR_STAFF'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export function isOperatorRole(role: string): role is OperatorRole {
  return (OPERATOR_ROLES as readonly string[]).includes(role);
}

export async function removeMember(membershipId: string) {
  return (await request(RemoveMember, { membershipId })).removeMember;
}

export async function changeMemberRole({ membershipId, role }: { membershipId: string; role: OperatorRole }) {
  return (await request(ChangeMemberRole, { membershipId, role })).changeMemberRole;
}

/** Removes a member (their sessions here end at once); the list refreshes. */
export const useRemoveMember = (config?: MutationConfig<string, string>) =>
  useCacheMutation(removeMember, (client) => invalidateAll(client, [['members']]), config);

/** Moves a member between operator admin and staff; the list refreshes. */
export const useChangeMemberRole = (
  config?: MutationConfig<Awaited<ReturnType<typeof changeMemberRole>>, { membershipId: string; role: OperatorRole }>,
) => useCacheMutation(changeMemberRole, (client) => invalidateAll(client, [['members']]), config);
