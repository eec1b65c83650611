import { describe, expect, it } from 'vitest';
import { describeRule, ruleParts } from './rule-words';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('describeRule', () => {
  it('says a monthly rule on a fixed day as the issue asks, in both languages', () => {
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=5', '2027-01-01', 'vi', dmy)).toBe('ngày 5 hằng tháng');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=5', '2027-01-01', 'en', dmy)).toBe('on day 5 of every month');
  });

  it('anchors an interval on the start date', () => {
    expect(describeRule('FREQ=MONTHLY;INTERVAL=3', '2027-03-01', 'en', dmy)).toBe(
      'every 3 months on day 1 from 01/03/2027',
    );
    expect(describeRule('rrule: freq=monthly;interval=3', '2027-03-01', 'vi', dmy)).toBe(
      'ngày 1, mỗi 3 tháng từ 01/03/2027',
    );
  });

  it('names weekdays and years', () => {
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,TH', '2027-01-04', 'vi', dmy)).toBe('thứ Hai và thứ Năm hằng tuần');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO', '2027-01-04', 'en', dmy)).toBe('every Monday');
    expect(describeRule('FREQ=YEARLY', '2027-06-30', 'vi', dmy)).toBe('ngày 30/06 hằng năm');
    expect(describeRule('FREQ=DAILY', '2027-06-30', 'en', dmy)).toBe('every day');
  });

  it('says a schedule counted after the last completion as an interval from the day it is done', () => {
    expect(describeRule('FREQ=MONTHLY;INTERVAL=3', '2027-03-01', 'vi', dmy, 'AFTER_COMPLETION')).toBe(
      'mỗi 3 tháng sau lần hoàn thành gần nhất; lần đầu ngày 01/03/2027',
    );
    expect(describeRule('FREQ=WEEKLY', '2027-03-01', 'en', dmy, 'AFTER_COMPLETION')).toBe(
      'every week after the last completion; first due 01/03/2027',
    );
    expect(describeRule('FREQ=YEARLY;INTERVAL=2', '2027-03-01', 'en', dmy, 'AFTER_COMPLETION')).toBe(
      'every 2 years after the last completion; first due 01/03/2027',
    );
    // A rule naming fixed dates cannot count from a completion: no words (the server says why).
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=5', '2027-03-01', 'vi', dmy, 'AFTER_COMPLETION')).toBeNull();
    expect(describeRule('FREQ=WEEKLY;COUNT=4', '2027-03-01', 'en', dmy, 'AFTER_COMPLETION')).toBeNull();
  });

  it('leaves shapes it does not know to the rule itself', () => {
    expect(describeRule('FREQ=MONTHLY;BYDAY=1MO', '2027-01-01', 'en', dmy)).toBeNull();
    expect(describeRule('FREQ=MONTHLY;COUNT=3', '2027-01-01', 'en', dmy)).toBeNull();
    expect(describeRule('FREQ=SOMETIMES', '2027-01-01', 'en', dmy)).toBeNull();
    expect(describeRule('FREQ=WEEKLY;BYDAY=XX', '2027-01-01', 'vi', dmy)).toBeNull();
  });

  it('reads the parts of a rule', () => {
    expect([...ruleParts('rrule:FREQ=MONTHLY; BYMONTHDAY=5').entries()]).toEqual([
      ['FREQ', 'MONTHLY'],
      ['BYMONTHDAY', '5'],
    ]);
  });
});
