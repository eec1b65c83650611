import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages, PICKER_BATCH } from '@/lib/graphql/pages';

// Shared by the estate, billing and invitation pickers (see cluster-options.ts for why here).
const FirmOptions = graphql(`
  query FirmOptions($first: Int, $after: String) {
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

/** Every query about firms is keyed under this, so a firm change refreshes the pickers too. */
export const firmsKey = ['firms'] as const;

/** Every firm of the tenant (id, name, tax code, status) for a picker or a name column. */
export async function fetchFirmOptions() {
  return fetchAllPages(async (after) => (await request(FirmOptions, { first: PICKER_BATCH, after })).firms);
}

export type FirmOption = Awaited<ReturnType<typeof fetchFirmOptions>>[number];

/** The one cache entry of the firm pickers, whichever feature shows them. */
export const firmOptionsQueryOptions = () => queryOptions({ queryKey: [...firmsKey, 'options'], queryFn: fetchFirmOptions });

/** The firm options; `enabled` false waits (a picker that is not shown yet). */
export const useFirmOptions = (enabled = true) => useQuery({ ...firmOptionsQueryOptions(), enabled });

/** The firms register filtered by `search` (a name or a tax code), e.g. to fix a firm a billing run names. */
export function firmsSearchPath(search: string): string {
  return `/firms?${new URLSearchParams({ search }).toString()}`;
}
