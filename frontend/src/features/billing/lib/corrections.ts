import type { DocumentType, InvoiceCorrection, InvoiceKind, InvoiceStatus, ReplacementLineFields } from '@/gql/graphql';
import type { FieldError } from '@/lib/graphql/errors';
import { divRound, vatOn, wholeAmount } from './credit-note';
import type { CreditTotals } from './credit-note';

/** What deciding on a correction needs to know of an invoice. */
export interface CorrectableInvoice {
  kind: InvoiceKind;
  /** A late-interest notice is no VAT invoice: nothing corrects it (absent: a VAT invoice). */
  documentType?: DocumentType;
  status: InvoiceStatus;
  /** Null for an ordinary invoice. */
  correction?: InvoiceCorrection | null;
  /** Credit notes against it, in total. */
  credited: number;
  /** Every correction issued against it. */
  corrections: readonly unknown[];
}

/**
 * True when an issued invoice may be corrected (Decree 70/2025), paid or not: a VAT invoice, not
 * a credit note nor a late-interest notice (the server refuses those as CONFLICT); not itself an
 * adjustment (that is corrected through its original); not a draft, void or already replaced. A
 * replacement may be corrected like any invoice.
 */
export function isCorrectable(invoice: CorrectableInvoice): boolean {
  return (
    invoice.kind === 'INVOICE' &&
    invoice.documentType !== 'INTEREST_NOTICE' &&
    invoice.status !== 'DRAFT' &&
    invoice.status !== 'VOID' &&
    invoice.status !== 'REPLACED' &&
    invoice.correction !== 'DECREASE' &&
    invoice.correction !== 'INCREASE'
  );
}

/**
 * True when the invoice may be replaced: correctable and never adjusted, since an adjusted
 * invoice is corrected by further adjustments (the server refuses a replacement as CONFLICT).
 */
export function canReplace(invoice: CorrectableInvoice): boolean {
  return isCorrectable(invoice) && invoice.corrections.length === 0 && invoice.credited === 0;
}

/** What a replacement needs of an original line. */
export interface ReplaceableLine {
  id: string;
  /** The line as printed; a replacement's description is printed in Vietnamese. */
  descriptionVi: string;
  /** Ten-thousandths (15000 = 1.5). */
  quantityE4: number;
  unitPrice: number;
  /** Null (or absent): not subject to VAT. */
  vatBp?: number | null;
  /** Taken off the amount before VAT (the land rent paid to the State); it stays whatever the price. */
  vatDeduction?: number;
}

/** A line as the replacement form holds it: description and unit price as typed. */
export interface LineEdit {
  description: string;
  unitPrice: number | string;
}

export type LineEdits = Readonly<Record<string, LineEdit>>;

/** The form's first values: every line as the original prints it. */
export function editsOf(lines: readonly ReplaceableLine[]): Record<string, LineEdit> {
  return Object.fromEntries(lines.map((line) => [line.id, { description: line.descriptionVi, unitPrice: line.unitPrice }]));
}

/** A line's amount before VAT: quantity (ten-thousandths) × unit price, rounded once as the server rounds it. */
export function lineAmount(quantityE4: number, unitPrice: number): number {
  return divRound(quantityE4 * unitPrice, 10_000);
}

/** The unit price typed for a line, or the original's while the field is empty. */
function typedPrice(line: ReplaceableLine, edit: LineEdit | undefined): number {
  return edit === undefined || edit.unitPrice === '' ? line.unitPrice : wholeAmount(edit.unitPrice);
}

/**
 * A line of the replacement as it will be printed: its amount and VAT at the typed price. The
 * line's VAT deduction does not change with the price, but never exceeds the new amount.
 */
export function replacedLine(line: ReplaceableLine, edit: LineEdit | undefined): { unitPrice: number; amount: number; vat: number } {
  const unitPrice = typedPrice(line, edit);
  const amount = lineAmount(line.quantityE4, unitPrice);
  const deduction = Math.min(Math.max(line.vatDeduction ?? 0, 0), Math.max(amount, 0));
  return { unitPrice, amount, vat: vatOn(amount - deduction, line.vatBp) };
}

/** The replacement's totals: every line at its typed price, VAT per line at the line's own rate. */
export function replacementTotals(lines: readonly ReplaceableLine[], edits: LineEdits): CreditTotals {
  let net = 0;
  let vat = 0;
  for (const line of lines) {
    const replaced = replacedLine(line, edits[line.id]);
    net += replaced.amount;
    vat += replaced.vat;
  }
  return { net, vat, total: net + vat };
}

/**
 * The `replaceInvoice` lines: only the lines that change, each with only what changes (a
 * description trimmed, on one line, and different; a different unit price), in the invoice's order. What is
 * not given the server copies from the original.
 */
export function replacementLines(lines: readonly ReplaceableLine[], edits: LineEdits): ReplacementLineFields[] {
  return lines.flatMap((line) => {
    const edit = edits[line.id];
    if (edit === undefined) return [];
    // A description is one line on the invoice: a pasted line break becomes a space.
    const description = edit.description.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const unitPrice = typedPrice(line, edit);
    const change: ReplacementLineFields = { lineId: line.id };
    if (description !== '' && description !== line.descriptionVi) change.description = description;
    if (unitPrice !== line.unitPrice) change.unitPrice = unitPrice;
    return change.description === undefined && change.unitPrice === undefined ? [] : [change];
  });
}

/** Where a correction form shows the server's field problems. */
export interface PlacedErrors {
  /** Messages by form field path (`agreementNumber`, `amounts.<line id>`). */
  placed: Record<string, string>;
  /** Messages no field of the form shows (e.g. about the lines as a whole). */
  unplaced: string[];
}

const LINE_PATH = /^lines\.(\d+)\.(\w+)$/;

/**
 * Puts each of the server's field problems on the form field it is about: `input.<name>` on
 * `<name>` when the form has it, `input.lines.<i>.<name>` on the field `lineField(i, name)`
 * gives for the i-th line sent (null: none). The rest are `unplaced`, for an alert.
 */
export function placeFieldErrors(
  fields: readonly FieldError[],
  formFields: readonly string[],
  lineField: (index: number, name: string) => string | null,
): PlacedErrors {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const { path, message } of fields) {
    const relative = path.startsWith('input.') ? path.slice('input.'.length) : path;
    const line = LINE_PATH.exec(relative);
    const target = line ? lineField(Number(line[1]), line[2] ?? '') : formFields.includes(relative) ? relative : null;
    if (target === null) unplaced.push(message);
    else placed[target] ??= message;
  }
  return { placed, unplaced };
}
