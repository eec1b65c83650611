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

/** How many of `lines` "confirm all exact matches" would confirm. */
export function exactMatchCount(lines: readonly { status: BankLineStatus; match?: BankMatch | null }[]): number {
  return lines.filter((l) => l.status === 'SUGGESTED' && l.match != null && EXACT_MATCHES.includes(l.match)).length;
}
