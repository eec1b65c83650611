import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
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
 * The query options of a cursor-paginated list: `fetchPage(after)` loads one page (first:
 * PAGE_SIZE, after), and each next page starts at the previous page's end cursor.
 */
export function connectionQueryOptions<Node>(
  queryKey: QueryKey,
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null),
  });
}

/** A cursor-paginated list as a table shows it: the rows so far, and `loadMore` to append the next page. */
export function useConnection<Node>(options: ReturnType<typeof connectionQueryOptions<Node>>) {
  const query = useInfiniteQuery(options);
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
