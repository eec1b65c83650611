/**
 * Reading a VietQR (EMVCo merchant-presented) payload, to print the transfer details beside
 * the code: which bank and account, how much, and the purpose that identifies the invoice.
 */

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** Tag-length-value fields (two-digit tag, two-digit length); null when malformed. */
function fields(text: string): Map<string, string> | null {
  const out = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const tag = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    if (tag.length < 2 || !Number.isInteger(length) || at + 4 + length > text.length) return null;
    out.set(tag, text.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

export interface VietQrTransfer {
  bankBin: string;
  account: string;
  /** Whole đồng, or null for a static code without an amount. */
  amount: number | null;
  purpose: string | null;
}

/** The transfer a VietQR payload asks for, or null when it is not a valid one (bad CRC included). */
export function readVietQr(payload: string): VietQrTransfer | null {
  const crcAt = payload.length - 4;
  if (crcAt < 4 || payload.slice(crcAt - 4, crcAt) !== '6304') return null;
  if (crc16(payload.slice(0, crcAt)) !== payload.slice(crcAt).toUpperCase()) return null;
  const top = fields(payload);
  const merchant = fields(top?.get('38') ?? '');
  const beneficiary = fields(merchant?.get('01') ?? '');
  const bankBin = beneficiary?.get('00');
  const account = beneficiary?.get('01');
  if (top === null || bankBin === undefined || account === undefined) return null;
  const amountText = top.get('54');
  const amount = amountText !== undefined && /^\d+$/.test(amountText) ? Number(amountText) : null;
  const purpose = fields(top.get('62') ?? '')?.get('08') ?? null;
  return { bankBin, account, amount, purpose };
}
