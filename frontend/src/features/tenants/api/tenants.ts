import { graphql } from '@/gql';
import type { CreateTenantInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { PAGE_SIZE } from '@/lib/use-connection';

export const tenantsKey = ['tenants'] as const;

const Tenants = graphql(`
  query Tenants($first: Int, $after: String) {
    tenants(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        province
        createdAt
      }
    }
  }
`);

const CreateTenant = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
      kind
      province
    }
  }
`);

export async function fetchTenants(after: string | null) {
  const data = await request(Tenants, { first: PAGE_SIZE, after });
  return data.tenants;
}

export async function createTenant(input: CreateTenantInput) {
  const data = await request(CreateTenant, { input });
  return data.createTenant;
}
