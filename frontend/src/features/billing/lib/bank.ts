import type { BankLineStatus, BankMatch } from '@/gql/graphql';

/** The bank line statuses, in the order a line moves through them. */
export const BANK_LINE_STATUSES: readonly BankLineStatus[] = ['UNMATCHED', 'SUGGESTED', 'CONFIRMED', 'IGNORED'];

/** The header row a bank statement file must start with, as the server reads it. */
export const BANK_CSV_HEADER = 'date,amount,description,reference,payer_tax_code';

export function isBankLineStatus(value: string | null): value is BankLineStatus {
  return value !== null && (BANK_LINE_STATUSES as readonly string[]).includes(value);
}

/** A line still waiting for a decision: it can be confirmed or ignored. */
export function isPending(status: BankLineStatus): boolean {
  return status === 'UNMATCHED' || status === 'SUGGESTED';
}

/** How many lines a commit would write: the rows read, less those imported before. */
export function newBankLines(result: { rows: number; duplicates: number }): number {
  return Math.max(0, result.rows - result.duplicates);
}

/** Matches whose amount is exactly what is open on what they name: safe to confirm in bulk. */
export const EXACT_MATCHES: readonly BankMatch[] = ['NUMBER_AND_AMOUNT', 'INVOICES_AND_AMOUNT', 'FIRM_BALANCE'];

type Matched = { status: BankLineStatus; match?: BankMatch | null };

/** A suggestion whose amount is exactly what is open: what "confirm all" and the Enter key confirm. */
export function isExactMatch(line: Matched): boolean {
  return line.status === 'SUGGESTED' && line.match != null && EXACT_MATCHES.includes(line.match);
}

/** How many of `lines` "confirm all exact matches" would confirm. */
export function exactMatchCount(lines: readonly Matched[]): number {
  return lines.filter(isExactMatch).length;
}

/** The count shown on a status's tab (`ALL`: every line). */
export function countOf(
  counts: { unmatched: number; suggested: number; confirmed: number; ignored: number; total: number },
  status: BankLineStatus | 'ALL',
): number {
  switch (status) {
    case 'ALL':
      return counts.total;
    case 'UNMATCHED':
      return counts.unmatched;
    case 'SUGGESTED':
      return counts.suggested;
    case 'CONFIRMED':
      return counts.confirmed;
    case 'IGNORED':
      return counts.ignored;
  }
}
