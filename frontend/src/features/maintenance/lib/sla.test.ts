import { describe, expect, it } from 'vitest';
import { labourAmount, hoursToMinutes } from './costs';
import { slaState } from './sla';

const NOW = new Date('2026-12-01T02:00:00Z');
const base = {
  status: 'SUBMITTED' as const,
  overdue: false,
  slaPaused: false,
  respondedAt: null,
  responseDueAt: '2026-12-01T04:00:00Z',
  resolutionDueAt: '2026-12-10T04:00:00Z',
};

describe('slaState', () => {
  it('counts to the response until the operator responds, then to the resolution', () => {
    expect(slaState(base, NOW)).toEqual({ kind: 'dueSoon', dueAt: '2026-12-01T04:00:00Z' });
    expect(slaState({ ...base, status: 'ACKNOWLEDGED', respondedAt: '2026-12-01T01:00:00Z' }, NOW)).toEqual({
      kind: 'onTrack',
      dueAt: '2026-12-10T04:00:00Z',
    });
  });

  it('says overdue before paused, and nothing once the request is resolved or final', () => {
    expect(slaState({ ...base, overdue: true, slaPaused: true }, NOW).kind).toBe('overdue');
    expect(slaState({ ...base, slaPaused: true, status: 'DEFERRED' }, NOW).kind).toBe('paused');
    expect(slaState({ ...base, overdue: true, status: 'RESOLVED' }, NOW).kind).toBe('none');
    expect(slaState({ ...base, status: 'CANCELLED' }, NOW).kind).toBe('none');
  });
});

describe('labour costs', () => {
  it('are minutes × rate / 60, half up, as the server rounds them', () => {
    expect(labourAmount(90, 100_000)).toBe(150_000);
    expect(labourAmount(1, 90)).toBe(2); // 1.5 đồng rounds up
    expect(labourAmount(1, 89)).toBe(1);
    expect(hoursToMinutes(1.25)).toBe(75);
  });
});
