import { describe, expect, it } from 'vitest';
import type { ReminderSettingsDataFragment } from '@/gql/graphql';
import { ladderSteps, parseLadder, toSettingsFields, valuesOf, withTemplate } from './settings-form';

const operator: ReminderSettingsDataFragment = {
  clusterId: null,
  customised: true,
  ownDisabledKinds: ['STATEMENT'],
  ownLadderDays: [1, 7, 15, 30],
  ownRepeatDays: 30,
  ownSendWindow: null,
  ownCc: null,
  ownTemplates: null,
  placeholders: ['firm_name'],
  effective: {
    enabledKinds: ['INVOICE_DUE_SOON', 'INVOICE_OVERDUE'],
    ladderDays: [1, 7, 15, 30],
    repeatDays: 30,
    cc: null,
    sendWindow: { always: false, start: '08:00', end: '17:30', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
    templates: [],
  },
};

describe('the overdue ladder as typed', () => {
  it('reads days in any order and separator, sorted', () => {
    expect(parseLadder('30, 1;7 +15')).toEqual({ days: [1, 7, 15, 30] });
  });

  it('names what is wrong: nothing, a negative or broken day, a duplicate, too many steps', () => {
    expect(parseLadder('  ')).toEqual({ problem: 'empty' });
    expect(parseLadder('1, -7')).toEqual({ problem: 'notADay' });
    expect(parseLadder('1, 7.5')).toEqual({ problem: 'notADay' });
    expect(parseLadder('1, 7, 7')).toEqual({ problem: 'duplicate' });
    expect(parseLadder('1 2 3 4 5 6 7 8 9 10 11 12 13')).toEqual({ problem: 'tooMany' });
  });

  it('reads as steps', () => {
    expect(ladderSteps([1, 7])).toBe('+1 → +7');
  });
});

describe('settings sent', () => {
  it('sends every section for the operator, the kinds off rather than on', () => {
    const values = { ...valuesOf(operator), ladder: '2, 10', repeatDays: 0, cc: ' congno@dongsoc.example ' };
    const fields = toSettingsFields(values, null);
    expect(fields.clusterId).toBeNull();
    expect(fields.disabledKinds).toEqual([
      'INVOICE_DUE_TODAY',
      'STATEMENT',
      'LEASE_EXPIRY',
      'LEASE_DRAFT',
      'WORK_ORDER_DUE',
      'UPKEEP_DUE',
      'SLA',
      'METER_READINGS',
      'FUND_COVERAGE',
    ]);
    expect(fields.ladderDays).toEqual([2, 10]);
    expect(fields.repeatDays).toBe(0);
    expect(fields.sendWindow).toEqual({
      always: false,
      start: '08:00',
      end: '17:30',
      days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
    });
    expect(fields.cc).toBe('congno@dongsoc.example');
    expect(fields.templates).toEqual([]);
  });

  it('leaves out what a cluster inherits, so the operator\u2019s setting keeps applying there', () => {
    const cluster = { ...operator, clusterId: 'Q2x1c3Rlcjox', ownDisabledKinds: null, ownRepeatDays: null, ownLadderDays: [2] };
    const values = valuesOf(cluster);
    expect(values.own).toEqual({ kinds: false, ladder: true, window: false, cc: false, templates: false });
    const fields = toSettingsFields({ ...values, ladder: '2' }, 'Q2x1c3Rlcjox');
    expect(fields).toEqual({ clusterId: 'Q2x1c3Rlcjox', ladderDays: [2], repeatDays: 30 });
  });
});

describe('template overrides', () => {
  it('replaces the one of a kind and language, and removes it when both texts are cleared', () => {
    const one = withTemplate([], 'INVOICE_OVERDUE', 'VI', 'Nhắc nợ {{ invoice_number }}', 'Kính gửi {{ firm_name }}');
    const two = withTemplate(one, 'INVOICE_OVERDUE', 'EN', 'Reminder', 'Dear {{ firm_name }}');
    expect(two).toHaveLength(2);
    const replaced = withTemplate(two, 'INVOICE_OVERDUE', 'VI', 'Mới', 'Thân');
    expect(replaced.find((t) => t.locale === 'VI')?.subject).toBe('Mới');
    expect(withTemplate(replaced, 'INVOICE_OVERDUE', 'VI', ' ', '')).toEqual([
      { kind: 'INVOICE_OVERDUE', locale: 'EN', subject: 'Reminder', body: 'Dear {{ firm_name }}' },
    ]);
  });
});
