import { describe, expect, it } from 'vitest';
import type { ProvinceOverviewRow } from '../api/overview';
import { matches, provinceCsv } from './province';

function row(overrides: { name: string; present?: boolean; registered?: boolean; compliant?: boolean | null; expires?: string | null }): ProvinceOverviewRow {
  return {
    operatorName: 'Hạ tầng Đồng Sóc',
    clusterName: overrides.name,
    district: 'Vĩnh Tường',
    status: 'OPERATING',
    totalAreaM2: 750_000,
    wastewater: {
      present: overrides.present ?? false,
      capacityM3PerDay: null,
      status: overrides.present ? 'OPERATING' : 'NONE',
      permitExpiresOn: null,
      compliant: false,
    },
    upkeep: {
      plantRegistered: overrides.registered ?? false,
      capacityM3PerDay: overrides.registered ? 15_000 : null,
      dischargePermitExpiresOn: overrides.expires ?? null,
      lastSampleOn: overrides.compliant == null ? null : '2026-11-08',
      lastSampleCompliant: overrides.compliant ?? null,
      openP1WorkOrders: overrides.compliant === false ? 1 : 0,
      occurrencesDue: 40,
      occurrencesDone: 37,
      doneRateBp: 9250,
      inflowMonth: overrides.registered ? '2026-10-01' : null,
      inflowM3PerDay: overrides.registered ? 8_250 : null,
      inflowOfCapacityBp: overrides.registered ? 5500 : null,
    },
    occupancy: { on: '2026-12-01', leasableAreaM2: 1, leasedAreaM2: 1, rateBp: 6700, plotsTotal: 1, plotsFree: 0, firms: 15, workforce: 900 },
  };
}

const DONG_SOC = row({ name: 'CCN Đồng Sóc', present: true, registered: true, compliant: false, expires: '2027-01-15' });
const YEN_DONG = row({ name: 'CCN làng nghề Yên Đồng, "A"' });
const TE_LO = row({ name: 'CCN Tề Lỗ', present: true, registered: true, compliant: true, expires: '2031-01-01' });

describe('the province filters', () => {
  it('pick clusters without a plant, over the limit, or with a permit expiring within 90 days', () => {
    const all = [DONG_SOC, YEN_DONG, TE_LO];
    const names = (f: Parameters<typeof matches>[1]) => all.filter((r) => matches(r, f, '2026-12-01')).map((r) => r.clusterName);
    expect(names('ALL')).toHaveLength(3);
    expect(names('NO_PLANT')).toEqual([YEN_DONG.clusterName]);
    expect(names('OVER_LIMIT')).toEqual(['CCN Đồng Sóc']);
    expect(names('PERMIT_EXPIRING')).toEqual(['CCN Đồng Sóc']);
  });
});

describe('the province CSV', () => {
  it('has a header, one quoted-when-needed line per cluster, and no money', () => {
    const csv = provinceCsv([DONG_SOC, YEN_DONG]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('last_sample_met_permit');
    expect(lines[1]).toContain('CCN Đồng Sóc');
    expect(lines[1]).toContain(',yes,15000,OPERATING,2027-01-15,2026-11-08,no,2026-10-01,8250,5500,1,40,37,9250');
    expect(lines[2]).toContain('"CCN làng nghề Yên Đồng, ""A"""');
    expect(lines[2]).toContain(',no,,NONE,,,,,,,0,');
    expect(csv).not.toMatch(/₫|VND/);
  });
});
