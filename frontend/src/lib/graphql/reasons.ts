import { i18n } from '@/i18n/setup';
import { isLanguage } from '@/i18n/language-preference';
import type { Language } from '@/i18n/language-preference';
import { formatDate, formatInteger } from '@/lib/format';
import type reasonsEn from '@/i18n/reasons.en.json';

/** The codes this build has texts for (checked with `i18n.exists` before use). */
type KnownCode = keyof typeof reasonsEn;

/** How the server types a parameter of a reason. */
export type ReasonParamKind = 'TEXT' | 'NUMBER' | 'DATE';

/** One parameter of a reason. */
export interface ReasonParam {
  readonly name: string;
  readonly kind: ReasonParamKind;
  readonly value: string;
}

/**
 * What the server says to a person: a stable code with typed parameters (see
 * `server-codes.json`), rendered here in the reader's language.
 */
export interface Reason {
  readonly code: string;
  readonly params: readonly ReasonParam[];
}

const KINDS: readonly string[] = ['TEXT', 'NUMBER', 'DATE'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A reason as the API sends it in an error's extensions, or null when it is not one. */
export function parseReason(value: unknown): Reason | null {
  if (!isRecord(value) || typeof value.code !== 'string') return null;
  const params = Array.isArray(value.params)
    ? value.params.flatMap((p: unknown): ReasonParam[] =>
        isRecord(p) &&
        typeof p.name === 'string' &&
        typeof p.value === 'string' &&
        typeof p.kind === 'string' &&
        KINDS.includes(p.kind)
          ? [{ name: p.name, kind: p.kind as ReasonParamKind, value: p.value }]
          : [],
      )
    : [];
  return { code: value.code, params };
}

function written(param: ReasonParam, language: Language): string {
  if (param.kind === 'DATE') {
    try {
      return formatDate(param.value, language);
    } catch {
      return param.value;
    }
  }
  if (param.kind === 'NUMBER') {
    const n = Number(param.value);
    return Number.isSafeInteger(n) ? formatInteger(n, language) : param.value;
  }
  return param.value;
}

/**
 * The reason in `language` (the UI's by default), dates and numbers in that language's form;
 * `fallback` (the server's English sentence) when the code has no translation here.
 */
export function reasonText(reason: Reason | null | undefined, fallback: string, language?: Language): string {
  if (!reason) return fallback;
  const key = `reasons.${reason.code}`;
  const lng = language ?? (isLanguage(i18n.language) ? i18n.language : 'vi');
  if (!i18n.exists(key, { lng })) return fallback;
  const values: Record<string, string> = {};
  for (const param of reason.params) values[param.name] = written(param, lng);
  return i18n.t(`reasons.${reason.code as KnownCode}`, { ...values, lng });
}
