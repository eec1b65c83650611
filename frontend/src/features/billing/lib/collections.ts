import type { CollectionMonth } from '@/gql/graphql';

/** One month of the collections table, with its collection rate. */
export interface CollectionRow extends CollectionMonth {
  /** Collected over invoiced in basis points; null when nothing was invoiced. */
  rateBp: number | null;
}

/**
 * Collected over invoiced in basis points (10000 = 100%); null when nothing (or less than
 * nothing, after credit notes) was invoiced. Payments for earlier months can take it above 100%.
 */
export function collectionRateBp(invoiced: number, collected: number): number | null {
  return invoiced > 0 ? Math.round((collected * 10_000) / invoiced) : null;
}

/** The months with their rates, and the totals over all of them. */
export function collectionSummary(months: readonly CollectionMonth[]): {
  rows: CollectionRow[];
  invoiced: number;
  collected: number;
  rateBp: number | null;
} {
  const rows = months.map((month) => ({ ...month, rateBp: collectionRateBp(month.invoiced, month.collected) }));
  const invoiced = months.reduce((sum, month) => sum + month.invoiced, 0);
  const collected = months.reduce((sum, month) => sum + month.collected, 0);
  return { rows, invoiced, collected, rateBp: collectionRateBp(invoiced, collected) };
}

/** A `YYYY-MM` month as the first day of it (`2026-10` → `2026-10-01`), for the date formatters. */
export function monthStart(month: string): string {
  return /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month;
}
