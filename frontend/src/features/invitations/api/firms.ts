import { graphql } from '@/gql';
import { request } from '@/lib/graphql/client';
import { fetchAllPages } from '@/lib/graphql/pages';

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
  return fetchAllPages(
    async (after) => (await request(FirmOptions, { first: FIRMS_PER_REQUEST, after })).firms,
    MAX_FIRMS,
  );
}
