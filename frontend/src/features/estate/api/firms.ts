import { graphql } from '@/gql';
import type { CapitalOrigin, FirmFields, FirmOrder, FirmRowFieldsFragment, FirmStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { connectionQueryOptions, PAGE_SIZE, useConnection } from '@/lib/use-connection';
import { estateKeys } from './keys';

graphql(`
  fragment FirmRowFields on Firm {
    id
    name
    taxCode
    address
    capitalOrigin
    isSme
    vsicCode
    workforce
    billingEmails
    status
  }
`);

const Firms = graphql(`
  query Firms(
    $first: Int
    $after: String
    $search: String
    $status: FirmStatus
    $capitalOrigin: CapitalOrigin
    $orderBy: FirmOrder
  ) {
    firms(
      first: $first
      after: $after
      search: $search
      status: $status
      capitalOrigin: $capitalOrigin
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...FirmRowFields
      }
    }
  }
`);

const CreateFirm = graphql(`
  mutation CreateFirm($input: FirmFields!) {
    createFirm(input: $input) {
      ...FirmRowFields
    }
  }
`);

const UpdateFirm = graphql(`
  mutation UpdateFirm($id: ID!, $input: FirmFields!) {
    updateFirm(id: $id, input: $input) {
      ...FirmRowFields
    }
  }
`);

export interface FirmFilter {
  search: string;
  status: FirmStatus | null;
  capitalOrigin: CapitalOrigin | null;
}

/** One page of firms; `orderBy` null keeps the server's default (by name). */
export async function fetchFirms(filter: FirmFilter, orderBy: FirmOrder | null, after: string | null) {
  const search = filter.search.trim();
  const data = await request(Firms, {
    first: PAGE_SIZE,
    after,
    search: search === '' ? null : search,
    status: filter.status,
    capitalOrigin: filter.capitalOrigin,
    orderBy,
  });
  return data.firms;
}

export const firmsQueryOptions = (filter: FirmFilter, orderBy: FirmOrder | null) =>
  connectionQueryOptions(estateKeys.firmList(filter, orderBy), (after) => fetchFirms(filter, orderBy, after));

export const useFirms = (filter: FirmFilter, orderBy: FirmOrder | null) => useConnection(firmsQueryOptions(filter, orderBy));

/** Creates a firm (`id` null) or changes one. */
export async function saveFirm({ id, input }: { id: string | null; input: FirmFields }) {
  if (id === null) return (await request(CreateFirm, { input })).createFirm;
  return (await request(UpdateFirm, { id, input })).updateFirm;
}

/** Saves a firm; every firm list and picker (billing's and the invitations' too) is read again. */
export const useSaveFirm = (config?: MutationConfig<FirmRowFieldsFragment, { id: string | null; input: FirmFields }>) =>
  useCacheMutation(saveFirm, (queryClient) => invalidateAll(queryClient, [estateKeys.firms]), config);
