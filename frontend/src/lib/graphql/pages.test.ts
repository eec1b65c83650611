import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages, type ConnectionPage } from './pages';

/** A connection of `total` numbered nodes served `size` at a time, cursors "c<index of last node>". */
function connection(total: number, size: number) {
  return vi.fn((after: string | null): Promise<ConnectionPage<number>> => {
    const start = after === null ? 0 : Number(after.slice(1)) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    const end = start + nodes.length;
    return Promise.resolve({
      nodes,
      pageInfo: { hasNextPage: end < total, endCursor: nodes.length > 0 ? `c${end - 1}` : null },
    });
  });
}

describe('fetchAllPages', () => {
  it('passes each end cursor to the next request and stops when there is no next page', async () => {
    const fetchPage = connection(5, 2);
    await expect(fetchAllPages(fetchPage)).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(fetchPage.mock.calls).toEqual([[null], ['c1'], ['c3']]);
  });

  it('makes a single request when the first page is the last', async () => {
    const fetchPage = connection(2, 10);
    await expect(fetchAllPages(fetchPage)).resolves.toEqual([0, 1]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops when the end cursor is null even though a next page is announced', async () => {
    const fetchPage = vi.fn((_after: string | null) =>
      Promise.resolve({ nodes: ['a'], pageInfo: { hasNextPage: true, endCursor: null } }),
    );
    await expect(fetchAllPages(fetchPage)).resolves.toEqual(['a']);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops when the end cursor is missing', async () => {
    const fetchPage = vi.fn((_after: string | null) => Promise.resolve({ nodes: ['a'], pageInfo: { hasNextPage: true } }));
    await expect(fetchAllPages(fetchPage)).resolves.toEqual(['a']);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops once at least `max` nodes were collected, keeping the whole last page', async () => {
    const fetchPage = connection(100, 3);
    await expect(fetchAllPages(fetchPage, 7)).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('defaults to a cap of 1000 nodes', async () => {
    const fetchPage = connection(5000, 100);
    const nodes = await fetchAllPages(fetchPage);
    expect(nodes).toHaveLength(1000);
    expect(fetchPage).toHaveBeenCalledTimes(10);
  });
});
