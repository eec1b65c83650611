import { graphql } from '@/gql';
import type { FirmOptionsQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';

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
      }
    }
  }
`);

const FIRMS_PER_REQUEST = 100;
const MAX_FIRMS = 1000;

/** Every firm of the tenant (up to a sane cap), for the firm picker of an enterprise invitation. */
export async function fetchAllFirms() {
  const firms: FirmOptionsQuery['firms']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const data: FirmOptionsQuery = await request(FirmOptions, { first: FIRMS_PER_REQUEST, after });
    firms.push(...data.firms.nodes);
    const { hasNextPage, endCursor } = data.firms.pageInfo;
    if (!hasNextPage || endCursor == null || firms.length >= MAX_FIRMS) return firms;
    after = endCursor;
  }
}
