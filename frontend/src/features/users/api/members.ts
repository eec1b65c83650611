import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const membersKey = ['members'] as const;

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
