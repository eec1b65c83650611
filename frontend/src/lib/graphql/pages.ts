/** One page of a Relay-style connection, as far as `fetchAllPages` needs it. */
export interface ConnectionPage<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** How many nodes each request asks for when a picker loads every page. */
export const PICKER_BATCH = 100;

/**
 * Every node of a connection (for a picker): calls `fetchPage` with the previous page's end cursor
 * (null first) until there is no next page, no cursor, or at least `max` nodes were collected.
 */
export async function fetchAllPages<Node>(
  fetchPage: (after: string | null) => Promise<ConnectionPage<Node>>,
  max = 1000,
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage || endCursor == null || nodes.length >= max) return nodes;
    after = endCursor;
  }
}
