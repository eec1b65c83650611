import type { InvoiceStatus, LeaseStatus, PlotStatus } from '@/gql/graphql';
import type { LeaseHit, SearchAnswer } from '../api/search';
import { HITS_PER_KIND } from '../api/search';

export const SEARCH_KINDS = ['firm', 'invoice', 'plot', 'lease'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** One hit as the list shows it: what it is, a second line, its status, and the page it opens. */
export type SearchHit = {
  id: string;
  title: string;
  /** Facts under the title, already in words. */
  detail: string;
  path: string;
} & (
  | { kind: 'firm'; status: null }
  | { kind: 'invoice'; status: InvoiceStatus }
  | { kind: 'plot'; status: PlotStatus | null }
  | { kind: 'lease'; status: LeaseStatus }
);

/** The search box asks the server once the term has this many characters. */
export const MIN_TERM = 2;

/** The term to search for, or null while it is too short to ask about. */
export function searchTerm(input: string): string | null {
  const term = input.trim();
  return term.length >= MIN_TERM ? term : null;
}

/** The hits in the order the list shows and the arrows walk them: firms, invoices, plots, leases. */
export function searchHits(answer: SearchAnswer | undefined, leases: readonly LeaseHit[]): SearchHit[] {
  if (!answer) return [];
  const hits: SearchHit[] = [];
  for (const firm of answer.firms.nodes) {
    hits.push({
      kind: 'firm',
      id: firm.id,
      title: firm.name,
      detail: firm.taxCode ?? '',
      status: null,
      path: `/firms/${firm.id}/statement`,
    });
  }
  for (const invoice of answer.invoices.nodes) {
    hits.push({
      kind: 'invoice',
      id: invoice.id,
      title: invoice.numberLabel,
      detail: `${invoice.buyerName} · ${invoice.clusterName}`,
      status: invoice.status,
      path: `/invoices/${invoice.id}`,
    });
  }
  for (const plot of answer.plots.nodes) {
    hits.push({
      kind: 'plot',
      id: plot.id,
      title: plot.code,
      detail: plot.cluster.name,
      status: plot.status ?? null,
      // Plots have no page of their own: the list opens filtered to the code.
      path: `/plots?search=${encodeURIComponent(plot.code)}`,
    });
  }
  const seen = new Set<string>();
  for (const lease of leases) {
    if (seen.has(lease.id) || seen.size >= HITS_PER_KIND) continue;
    seen.add(lease.id);
    hits.push({
      kind: 'lease',
      id: lease.id,
      title: lease.firm.name,
      detail: [lease.cluster.name, lease.plots.map((plot) => plot.code).join(', ')].filter((part) => part !== '').join(' · '),
      status: lease.status,
      path: `/leases/${lease.id}`,
    });
  }
  return hits;
}
