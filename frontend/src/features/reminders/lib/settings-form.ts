import type {
  DayOfWeek,
  ReminderKind,
  ReminderLocale,
  ReminderSettingsDataFragment,
  ReminderSettingsFields,
  ReminderTemplateFields,
} from '@/gql/graphql';

/** Every kind, in the order the settings list them (as the API does). */
export const KINDS: readonly ReminderKind[] = [
  'INVOICE_DUE_SOON',
  'INVOICE_DUE_TODAY',
  'INVOICE_OVERDUE',
  'STATEMENT',
  'LEASE_EXPIRY',
  'LEASE_DRAFT',
  'WORK_ORDER_DUE',
  'UPKEEP_DUE',
  'SLA',
  'METER_READINGS',
  'FUND_COVERAGE',
];

/** The kinds about one invoice: those the preview can render against a real invoice. */
export const INVOICE_KINDS: readonly ReminderKind[] = ['INVOICE_DUE_SOON', 'INVOICE_DUE_TODAY', 'INVOICE_OVERDUE'];

export const DAYS: readonly DayOfWeek[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
export const LOCALES: readonly ReminderLocale[] = ['VI', 'EN'];

/** A section a cluster may override or inherit from the operator. */
export type Section = 'kinds' | 'ladder' | 'window' | 'cc' | 'templates';
export const SECTIONS: readonly Section[] = ['kinds', 'ladder', 'window', 'cc', 'templates'];

export interface SettingsValues {
  /** Which sections this scope sets itself (the operator's: all of them). */
  own: Record<Section, boolean>;
  enabled: ReminderKind[];
  ladder: string;
  repeatDays: number | string;
  always: boolean;
  start: string;
  end: string;
  days: DayOfWeek[];
  cc: string;
  templates: ReminderTemplateFields[];
}

/** The form's values for a scope: what is in force, and which sections it sets itself. */
export function valuesOf(settings: ReminderSettingsDataFragment): SettingsValues {
  const e = settings.effective;
  const operator = settings.clusterId == null;
  return {
    own: {
      kinds: operator || settings.ownDisabledKinds != null,
      ladder: operator || settings.ownLadderDays != null || settings.ownRepeatDays != null,
      window: operator || settings.ownSendWindow != null,
      cc: operator || settings.ownCc != null,
      templates: operator || settings.ownTemplates != null,
    },
    enabled: [...e.enabledKinds],
    ladder: e.ladderDays.join(', '),
    repeatDays: e.repeatDays,
    always: e.sendWindow.always,
    start: e.sendWindow.start ?? '08:00',
    end: e.sendWindow.end ?? '17:30',
    days: [...e.sendWindow.days],
    cc: e.cc ?? '',
    templates: e.templates.map(({ kind, locale, subject, body }) => ({ kind, locale, subject, body })),
  };
}

/**
 * Reads a ladder as typed ("1, 7, 15, 30"): the days, or the problem (a key of
 * `reminders.settings.ladderProblems`). The server checks the same and has the last word.
 */
export function parseLadder(text: string): { days: number[] } | { problem: 'empty' | 'notADay' | 'duplicate' | 'tooMany' } {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return { problem: 'empty' };
  if (parts.length > 12) return { problem: 'tooMany' };
  const days: number[] = [];
  for (const part of parts) {
    const day = Number(part.replace(/^\+/, ''));
    if (!Number.isInteger(day) || day < 1 || day > 365) return { problem: 'notADay' };
    if (days.includes(day)) return { problem: 'duplicate' };
    days.push(day);
  }
  return { days: days.sort((a, b) => a - b) };
}

/** The form's values as the API's settings: a section this scope does not set is left out (inherited). */
export function toSettingsFields(values: SettingsValues, clusterId: string | null): ReminderSettingsFields {
  const fields: ReminderSettingsFields = { clusterId };
  if (values.own.kinds) fields.disabledKinds = KINDS.filter((k) => !values.enabled.includes(k));
  if (values.own.ladder) {
    const ladder = parseLadder(values.ladder);
    fields.ladderDays = 'days' in ladder ? ladder.days : [];
    fields.repeatDays = values.repeatDays === '' ? 0 : Number(values.repeatDays);
  }
  if (values.own.window) {
    fields.sendWindow = values.always
      ? { always: true }
      : { always: false, start: values.start, end: values.end, days: DAYS.filter((d) => values.days.includes(d)) };
  }
  if (values.own.cc) fields.cc = values.cc.trim();
  if (values.own.templates) fields.templates = values.templates;
  return fields;
}

/** The ladder as the operator reads it: "+1 → +7 → +15 → +30, then every 30 days". */
export function ladderSteps(days: readonly number[]): string {
  return days.map((d) => `+${d}`).join(' → ');
}

/** Replaces (or, with empty texts, removes) the override of one kind and language. */
export function withTemplate(
  templates: readonly ReminderTemplateFields[],
  kind: ReminderKind,
  locale: ReminderLocale,
  subject: string,
  body: string,
): ReminderTemplateFields[] {
  const rest = templates.filter((t) => !(t.kind === kind && t.locale === locale));
  if (subject.trim() === '' && body.trim() === '') return rest;
  return [...rest, { kind, locale, subject, body }];
}
