import type { Language } from '@/i18n/language-preference';
import { isCalendarDate } from '@/lib/dates';
import type { DateRange } from './statement';

/** What one claim of the report needs to be grouped: its firm and its amounts. */
export interface ClaimLike {
  firmId: string;
  firmName: string;
  firmTaxCode: string;
  rent: number;
  amount: number;
}

/** A firm as the report names it (its totals are summed again from its claims). */
export type FirmLike = Pick<ClaimLike, 'firmId' | 'firmName' | 'firmTaxCode'>;

/** A firm's block of the report: its claims and what they come to. */
export interface FirmClaims<Claim extends ClaimLike> {
  firmId: string;
  firmName: string;
  firmTaxCode: string;
  claims: Claim[];
  rent: number;
  amount: number;
}

/**
 * The claims grouped by firm, in the report's order of firms (by name), each claim in its
 * given order. A firm's subtotal is the sum of its claims (each already rounded, so it is what
 * the CSV and PDF add up to); a firm the totals name without claims is left out.
 */
export function groupClaimsByFirm<Claim extends ClaimLike>(
  claims: readonly Claim[],
  firms: readonly FirmLike[],
): FirmClaims<Claim>[] {
  const groups = new Map<string, FirmClaims<Claim>>();
  const blank = (firm: FirmLike): FirmClaims<Claim> => ({
    firmId: firm.firmId,
    firmName: firm.firmName,
    firmTaxCode: firm.firmTaxCode,
    claims: [],
    rent: 0,
    amount: 0,
  });
  for (const firm of firms) groups.set(firm.firmId, blank(firm));
  for (const claim of claims) {
    let group = groups.get(claim.firmId);
    if (group === undefined) {
      group = blank(claim);
      groups.set(claim.firmId, group);
    }
    group.claims.push(claim);
    group.rent += claim.rent;
    group.amount += claim.amount;
  }
  return [...groups.values()].filter((group) => group.claims.length > 0);
}

/** The days from `from` to `to`, both counted (`2026-01-01`–`2026-01-31` → 31). */
export function daysCovered(from: string, to: string): number {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new RangeError(`Not a date range: ${from} – ${to}`);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The report as CSV (for a spreadsheet; its columns are fixed) or PDF (to send the province), the PDF in `language`. */
export function supportClaimsPath(kind: 'csv' | 'pdf', programmeId: string, range: DateRange, language: Language): string {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) {
    throw new RangeError(`Not a date range: ${range.from} – ${range.to}`);
  }
  const query = new URLSearchParams({ programme: programmeId, from: range.from, to: range.to });
  if (kind === 'csv') return `/export/support-claims.csv?${query.toString()}`;
  query.set('lang', language);
  return `/documents/support-claims.pdf?${query.toString()}`;
}

/** The file name to save the report under when the server does not name it. */
export function supportClaimsFileName(range: DateRange, extension: 'csv' | 'pdf'): string {
  return `ho-tro-tien-thue-${range.from}-${range.to}.${extension}`;
}
