import type { AgingBuckets } from '@/gql/graphql';

/** The aging buckets in order, from not yet due to the longest overdue. */
export const AGING_BUCKETS = ['current', 'days1To30', 'days31To60', 'days61To90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Each bucket's colour: green while not due, warming to dark red past 90 days. */
export const AGING_COLORS: Record<AgingBucket, string> = {
  current: 'teal.6',
  days1To30: 'yellow.5',
  days31To60: 'orange.6',
  days61To90: 'red.6',
  over90: 'red.9',
};

export type Buckets = Pick<AgingBuckets, AgingBucket | 'total'>;

/** One coloured piece of a stacked bar. */
export interface AgingSegment {
  bucket: AgingBucket;
  value: number;
  /** Width in percent of the chart's full width. */
  widthPct: number;
}

/** The full width of the chart: the largest row total (at least 1, so an empty chart divides safely). */
export function agingScale(rows: readonly Buckets[]): number {
  return Math.max(1, ...rows.map((row) => row.total));
}

/**
 * The stacked bar of one row, its buckets in order, each as wide as its share of `scale`.
 * Empty buckets are left out; a bucket with money keeps a sliver (0.5%) so it stays visible.
 */
export function agingBar(buckets: Buckets, scale: number): AgingSegment[] {
  return AGING_BUCKETS.filter((bucket) => buckets[bucket] > 0).map((bucket) => ({
    bucket,
    value: buckets[bucket],
    widthPct: Math.max(0.5, Math.round((buckets[bucket] / Math.max(1, scale)) * 1000) / 10),
  }));
}

/** What is past due: everything but the current bucket. */
export function overdueAmount(buckets: Buckets): number {
  return buckets.total - buckets.current;
}

/** The overdue part of the total in basis points, or null when nothing is open. */
export function overdueShareBp(buckets: Buckets): number | null {
  return buckets.total > 0 ? Math.round((overdueAmount(buckets) * 10_000) / buckets.total) : null;
}

/** What the aging tables can be sorted by: the name or any bucket. */
export type AgingSortField = 'name' | AgingBucket | 'total';

/**
 * Rows in the order picked (`orderBy` null: as the server sent them, largest total first for
 * firms). Names compare as Vietnamese; ties keep the server's order.
 */
export function sortAgingRows<Row extends { name: string; buckets: Buckets }>(
  rows: readonly Row[],
  orderBy: { field: AgingSortField; direction: 'ASC' | 'DESC' } | null,
): Row[] {
  if (orderBy === null) return [...rows];
  const sign = orderBy.direction === 'ASC' ? 1 : -1;
  const { field } = orderBy;
  return [...rows].sort((a, b) =>
    field === 'name' ? sign * a.name.localeCompare(b.name, 'vi') : sign * (a.buckets[field] - b.buckets[field]),
  );
}
