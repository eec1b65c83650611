import { useInfiniteQuery } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/** How many rows a list fetches per "Load more". */
export const PAGE_SIZE = 20;

/** One page of a Relay-style connection, as our list queries select it. */
export interface ConnectionPage<Node> {
  nodes: Node[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A cursor-paginated list: `fetchPage(after)` loads one page (first: PAGE_SIZE, after), and
 * `loadMore` appends the next one.
 */
export function useConnection<Node>(
  queryKey: QueryKey,
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null),
  });
  const pages = query.data?.pages ?? [];
  return {
    nodes: pages.flatMap((page) => page.nodes),
    totalCount: pages[pages.length - 1]?.totalCount ?? 0,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    isLoadingMore: query.isFetchingNextPage,
    isPending: query.isPending,
    error: query.error,
  };
}
