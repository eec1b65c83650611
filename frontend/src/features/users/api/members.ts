import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
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
