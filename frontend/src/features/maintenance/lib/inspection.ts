/**
 * The client's reading of an inspection answer, so the form can flag a failing answer as it is
 * typed. The server judges the answer again when it is saved (the same rules as
 * `upkeep::inspections::verdict`): pass/fail says it, a number fails outside its range.
 */

/** A number as typed (`7.5` or `7,5`); null when it is not one. */
export function readNumber(raw: string): number | null {
  const text = raw.trim().replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Whether `value` lies in the accepted range (an open end accepts anything). */
export function inRange(value: number, min: number | null | undefined, max: number | null | undefined): boolean {
  return (min == null || value >= min) && (max == null || value <= max);
}

/** Whether the answer fails by itself: FAIL, or a number outside its range. */
export function answerFails(
  kind: string,
  answer: string,
  min: number | null | undefined,
  max: number | null | undefined,
): boolean {
  if (kind === 'PASS_FAIL') return answer === 'FAIL';
  if (kind === 'NUMBER') {
    const value = readNumber(answer);
    return value !== null && !inRange(value, min, max);
  }
  return false;
}
