import type { CreditNoteLineFields } from '@/gql/graphql';

/** What a credit note needs of an invoice line. */
export interface CreditableLine {
  id: string;
  /** What may still be credited on the line, before VAT. */
  creditable: number;
  /** Null (or absent): not subject to VAT. */
  vatBp?: number | null;
  /** The line's amount before VAT (what its `vatDeduction` is a share of). */
  amount?: number;
  /** Taken off the line's amount before VAT (the land rent paid to the State); 0 or absent: nothing. */
  vatDeduction?: number;
}

/** The đồng typed against each line, by line id; empty while nothing is typed. */
export type CreditAmounts = Readonly<Record<string, number | string>>;

export interface CreditTotals {
  /** Before VAT. */
  net: number;
  vat: number;
  /** VAT included: what the credit note takes off the invoice. */
  total: number;
}

/** `numerator / denominator` rounded half away from zero, as the server rounds (`denominator` > 0). */
export function divRound(numerator: number, denominator: number): number {
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const rounded = (magnitude - quotient * denominator) * 2 >= denominator ? quotient + 1 : quotient;
  return numerator < 0 ? -rounded : rounded;
}

/** The VAT on `amount` đồng at `vatBp` basis points, rounded once for the line. */
export function vatOn(amount: number, vatBp: number | null | undefined): number {
  return vatBp == null ? 0 : divRound(amount * vatBp, 10_000);
}

/** Whether an adjustment takes amounts off the invoice or adds to it. */
export type AdjustmentDirection = 'DECREASE' | 'INCREASE';

/**
 * The VAT on `amount` đồng taken off (or added to) `line`, as the server works it out: what a
 * decrease takes off carries its share of the line's VAT deduction (rounded once), so taking a
 * whole line off gives back exactly the VAT it charged; what an increase adds bears VAT whole
 * (the land rent paid to the State does not grow with the price).
 */
export function correctionVat(
  amount: number,
  line: Pick<CreditableLine, 'vatBp' | 'amount' | 'vatDeduction'>,
  direction: AdjustmentDirection = 'DECREASE',
): number {
  const lineAmount = line.amount ?? 0;
  const deduction = direction === 'DECREASE' && lineAmount > 0 ? divRound(amount * (line.vatDeduction ?? 0), lineAmount) : 0;
  return vatOn(amount - deduction, line.vatBp);
}

/** A typed amount as whole đồng (empty or not a number: 0). */
export function wholeAmount(value: number | string | undefined): number {
  if (value === undefined || value === '') return 0;
  const number = Math.round(Number(value));
  return Number.isFinite(number) ? number : 0;
}

/** The credit note's totals for the amounts typed: VAT per line, with each line's own rate. */
export function creditTotals(
  lines: readonly CreditableLine[],
  amounts: CreditAmounts,
  direction: AdjustmentDirection = 'DECREASE',
): CreditTotals {
  let net = 0;
  let vat = 0;
  for (const line of lines) {
    const amount = wholeAmount(amounts[line.id]);
    if (amount <= 0) continue;
    net += amount;
    vat += correctionVat(amount, line, direction);
  }
  return { net, vat, total: net + vat };
}

/** The `issueCreditNote` lines for the amounts typed: positive amounts only, in the invoice's order. */
export function creditNoteLines(lines: readonly CreditableLine[], amounts: CreditAmounts): CreditNoteLineFields[] {
  return lines
    .map((line) => ({ lineId: line.id, amount: wholeAmount(amounts[line.id]) }))
    .filter((line) => line.amount > 0);
}

const lineTotal = (amount: number, line: CreditableLine) => amount + correctionVat(amount, line);

/**
 * Amounts that credit what is still open on the invoice: every line in full when that fits
 * (nothing paid yet), otherwise each line in proportion to what may be credited on it. Never
 * more than a line's `creditable`, and the total (VAT included) never above `open`; per-line
 * VAT rounding can leave a đồng or two of `open` uncredited.
 */
export function creditAllOpen(lines: readonly CreditableLine[], open: number): Record<string, number> {
  const candidates = lines.filter((line) => line.creditable > 0);
  const result: Record<string, number> = Object.fromEntries(candidates.map((line) => [line.id, line.creditable]));
  const fullTotal = candidates.reduce((sum, line) => sum + lineTotal(line.creditable, line), 0);
  if (fullTotal <= open) return result;
  if (open <= 0) return {};

  // Scale down, then settle the rounding: take off đồng while over, put back while room is left.
  for (const line of candidates) result[line.id] = Math.floor(line.creditable * (open / fullTotal));
  const total = () => candidates.reduce((sum, line) => sum + lineTotal(result[line.id] ?? 0, line), 0);
  const largestFirst = [...candidates].sort((a, b) => (result[b.id] ?? 0) - (result[a.id] ?? 0));
  let current = total();
  for (let guard = 0; current > open && guard < 10_000; guard += 1) {
    const line = largestFirst.find((l) => (result[l.id] ?? 0) > 0);
    if (!line) break;
    result[line.id] = (result[line.id] ?? 0) - 1;
    current = total();
  }
  for (let guard = 0; current < open && guard < 10_000; guard += 1) {
    const line = largestFirst.find((l) => {
      const amount = result[l.id] ?? 0;
      return amount < l.creditable && current - lineTotal(amount, l) + lineTotal(amount + 1, l) <= open;
    });
    if (!line) break;
    result[line.id] = (result[line.id] ?? 0) + 1;
    current = total();
  }
  return Object.fromEntries(Object.entries(result).filter(([, amount]) => amount > 0));
}
