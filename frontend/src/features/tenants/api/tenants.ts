import { graphql } from '@/gql';
import type { CreateTenantInput, UpdateTenantInput } from '@/gql/graphql';
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
        suspendedAt
        suspensionReason
      }
    }
  }
`);

const UpdateTenant = graphql(`
  mutation UpdateTenant($id: ID!, $input: UpdateTenantInput!) {
    updateTenant(id: $id, input: $input) {
      id
      name
      province
    }
  }
`);

const SuspendTenant = graphql(`
  mutation SuspendTenant($id: ID!, $reason: String!) {
    suspendTenant(id: $id, reason: $reason) {
      id
      suspendedAt
      suspensionReason
    }
  }
`);

const ReactivateTenant = graphql(`
  mutation ReactivateTenant($id: ID!) {
    reactivateTenant(id: $id) {
      id
      suspendedAt
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

export async function updateTenant(variables: { id: string; input: UpdateTenantInput }) {
  const data = await request(UpdateTenant, variables);
  return data.updateTenant;
}

export const useUpdateTenant = (config?: MutationConfig<Awaited<ReturnType<typeof updateTenant>>, { id: string; input: UpdateTenantInput }>) =>
  useCacheMutation(updateTenant, (queryClient) => invalidateAll(queryClient, [tenantsKey]), config);

export async function suspendTenant(variables: { id: string; reason: string }) {
  const data = await request(SuspendTenant, variables);
  return data.suspendTenant;
}

export const useSuspendTenant = (config?: MutationConfig<Awaited<ReturnType<typeof suspendTenant>>, { id: string; reason: string }>) =>
  useCacheMutation(suspendTenant, (queryClient) => invalidateAll(queryClient, [tenantsKey]), config);

export async function reactivateTenant(id: string) {
  const data = await request(ReactivateTenant, { id });
  return data.reactivateTenant;
}

export const useReactivateTenant = (config?: MutationConfig<Awaited<ReturnType<typeof reactivateTenant>>, string>) =>
  useCacheMutation(reactivateTenant, (queryClient) => invalidateAll(queryClient, [tenantsKey]), config);
