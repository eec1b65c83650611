import { graphql } from '@/gql';
import type { CreateTenantInput } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';

const tenantsKey = ['tenants'] as const;

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

export type TenantRow = Awaited<ReturnType<typeof fetchTenants>>['nodes'][number];

export const tenantsQueryOptions = () => connectionQueryOptions(tenantsKey, fetchTenants);

export const useTenants = () => useConnection(tenantsQueryOptions());

export async function createTenant(input: CreateTenantInput) {
  const data = await request(CreateTenant, { input });
  return data.createTenant;
}

export const useCreateTenant = (config?: MutationConfig<Awaited<ReturnType<typeof createTenant>>, CreateTenantInput>) =>
  useCacheMutation(createTenant, (queryClient) => invalidateAll(queryClient, [tenantsKey]), config);
