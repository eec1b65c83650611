import type { PaymentFields, PaymentMethod } from '@/gql/graphql';

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['BANK_TRANSFER', 'VIETQR', 'CASH'];

/** From this amount a buyer may deduct VAT only when it is paid without cash. */
export const NON_CASH_THRESHOLD = 5_000_000;

/** What the payment form holds; numbers stay `''` while a field is empty. */
export interface PaymentValues {
  firmId: string | null;
  amount: number | string;
  receivedOn: string;
  method: PaymentMethod;
  bankReference: string;
  /** The amount typed against each open invoice, by invoice id; empty: not chosen. */
  allocations: Record<string, number | string>;
}

export function emptyPaymentValues(today: string): PaymentValues {
  return { firmId: null, amount: '', receivedOn: today, method: 'BANK_TRANSFER', bankReference: '', allocations: {} };
}

const whole = (value: number | string): number => (value === '' ? 0 : Math.round(Number(value)) || 0);

/**
 * The allocations the operator typed, in the order of `invoiceIds` (the open invoices as
 * listed), skipping empty and zero amounts; null when none was typed, so the server
 * allocates oldest first.
 */
export function chosenAllocations(
  values: Pick<PaymentValues, 'allocations'>,
  invoiceIds: readonly string[],
): { invoiceId: string; amount: number }[] | null {
  const chosen = invoiceIds
    .map((invoiceId) => ({ invoiceId, amount: whole(values.allocations[invoiceId] ?? '') }))
    .filter((allocation) => allocation.amount > 0);
  return chosen.length > 0 ? chosen : null;
}

/** The recordPayment input for the form's values and this submission's idempotency key. */
export function toPaymentFields(
  values: PaymentValues,
  invoiceIds: readonly string[],
  idempotencyKey: string,
): PaymentFields {
  const reference = values.bankReference.trim();
  return {
    firmId: values.firmId ?? '',
    amount: whole(values.amount),
    receivedOn: values.receivedOn,
    method: values.method,
    bankReference: reference === '' ? null : reference,
    idempotencyKey,
    allocations: chosenAllocations(values, invoiceIds),
  };
}

/**
 * How the server will spread `amount` when no allocation is chosen: the open invoices in
 * order (oldest due first), each up to what is open on it. Shown as a preview only.
 */
export function oldestFirst(amount: number, open: readonly { id: string; open: number }[]): Map<string, number> {
  const plan = new Map<string, number>();
  let left = Math.max(0, amount);
  for (const invoice of open) {
    if (left <= 0) break;
    const take = Math.min(invoice.open, left);
    if (take > 0) plan.set(invoice.id, take);
    left -= take;
  }
  return plan;
}

/** A random idempotency key (crypto.randomUUID, or the same shape where only getRandomValues exists). */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts (https, localhost); an intranet http deployment
  // still has getRandomValues.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per payment submission: taken on the first attempt, the same on every retry of it
 * (so a payment whose answer was lost is not recorded twice), and a new one only once the
 * server has answered with a payment (or the form starts over).
 */
export class SubmissionKey {
  private key: string | null = null;

  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  /** The key for this attempt. */
  take(): string {
    this.key ??= this.generate();
    return this.key;
  }

  /** The payment was recorded (or the form was reset): the next submission is a new payment. */
  settle(): void {
    this.key = null;
  }
}
