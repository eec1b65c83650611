import { graphql } from '@/gql';
import type { CapitalOrigin, FirmFields, FirmOrder, FirmStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages } from '@/lib/graphql/pages';
import { PAGE_SIZE } from '@/lib/use-connection';

export const firmsKey = ['firms'] as const;

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

const EstateFirmOptions = graphql(`
  query EstateFirmOptions($first: Int, $after: String) {
    firms(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        taxCode
        status
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

const PER_REQUEST = 100;
const MAX_OPTIONS = 1000;

/** Every firm (id, name, tax code) for the lease form's picker. */
export async function fetchFirmOptions() {
  return fetchAllPages(
    async (after) => (await request(EstateFirmOptions, { first: PER_REQUEST, after })).firms,
    MAX_OPTIONS,
  );
}

export async function saveFirm(id: string | null, input: FirmFields) {
  if (id === null) return (await request(CreateFirm, { input })).createFirm;
  return (await request(UpdateFirm, { id, input })).updateFirm;
}
