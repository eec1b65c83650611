/**
 * Vietnamese tax codes (mã số thuế) as the server checks them: 10 digits whose last is the check
 * digit 10 − (Σ Nᵢ × 31, 29, 23, 19, 17, 13, 7, 5, 3 mod 11); the same with "-" and a branch
 * number 001–999; or, since 1 July 2025, a 12-digit personal identification number (household
 * businesses and individuals) starting with a province code 001–096.
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The check digit of nine digits, or null when no code can end them. */
export function taxCodeCheckDigit(nine: string): number | null {
  if (!/^\d{9}$/.test(nine)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(nine[i]), 0);
  const digit = 10 - (sum % 11);
  return digit < 10 ? digit : null;
}

/** Whether `raw` (trimmed) is a valid tax code. */
export function isValidTaxCode(raw: string): boolean {
  const value = raw.trim();
  if (/^\d{12}$/.test(value)) {
    const province = Number(value.slice(0, 3));
    return province >= 1 && province <= 96;
  }
  const match = /^(\d{9})(\d)(?:-(\d{3}))?$/.exec(value);
  if (!match) return false;
  const [, nine = '', last = '', branch] = match;
  if (branch === '000') return false;
  return taxCodeCheckDigit(nine) === Number(last);
}
