import type { ProvinceOverviewRow } from '../api/overview';

/** The province table's filters: every cluster, those without a plant, those whose last effluent result was over a limit, those whose discharge permit expires within 90 days (or has). */
export type ProvinceFilter = 'ALL' | 'NO_PLANT' | 'OVER_LIMIT' | 'PERMIT_EXPIRING';

export const PROVINCE_FILTERS: readonly ProvinceFilter[] = ['ALL', 'NO_PLANT', 'OVER_LIMIT', 'PERMIT_EXPIRING'];

/** Days ahead a permit's expiry counts as expiring (as on the operator's to-do list). */
export const PERMIT_AHEAD_DAYS = 90;

type Row = Pick<ProvinceOverviewRow, 'wastewater' | 'upkeep'>;

/** Whether the cluster has a plant: in the operator's register, or declared on the cluster. */
export const hasPlant = (row: Row) => row.upkeep.plantRegistered || row.wastewater.present;

/** The plant's capacity, m³/day: the register's, else the cluster's declared one. */
export const plantCapacity = (row: Row) => row.upkeep.capacityM3PerDay ?? row.wastewater.capacityM3PerDay ?? null;

/** The discharge permit's expiry: the register's, else the cluster's declared one. */
export const permitExpiry = (row: Row) => row.upkeep.dischargePermitExpiresOn ?? row.wastewater.permitExpiresOn ?? null;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a row passes the filter on `today` (YYYY-MM-DD). */
export function matches(row: Row, filter: ProvinceFilter, today: string): boolean {
  switch (filter) {
    case 'ALL':
      return true;
    case 'NO_PLANT':
      return !hasPlant(row);
    case 'OVER_LIMIT':
      return row.upkeep.lastSampleCompliant === false;
    case 'PERMIT_EXPIRING': {
      const expiry = permitExpiry(row);
      return expiry != null && expiry <= addDays(today, PERMIT_AHEAD_DAYS);
    }
  }
}

function cell(value: string | number | boolean | null | undefined): string {
  const text = value == null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The province table as CSV (RFC 4180, a header row, dates as YYYY-MM-DD): figures only, no money. */
export function provinceCsv(rows: readonly ProvinceOverviewRow[]): string {
  const header = [
    'operator',
    'cluster',
    'district',
    'status',
    'total_area_m2',
    'occupancy_bp',
    'firms',
    'workforce',
    'plant',
    'capacity_m3_day',
    'wastewater_status',
    'discharge_permit_expires_on',
    'last_sample_on',
    'last_sample_met_permit',
    'inflow_month',
    'inflow_m3_day',
    'inflow_of_capacity_bp',
    'open_p1_work_orders',
    'upkeep_due_12m',
    'upkeep_done_12m',
    'upkeep_done_bp',
  ];
  const lines = rows.map((r) =>
    [
      r.operatorName,
      r.clusterName,
      r.district,
      r.status,
      r.totalAreaM2,
      r.occupancy.rateBp,
      r.occupancy.firms,
      r.occupancy.workforce,
      hasPlant(r) ? 'yes' : 'no',
      plantCapacity(r),
      r.wastewater.status,
      permitExpiry(r),
      r.upkeep.lastSampleOn,
      r.upkeep.lastSampleCompliant == null ? '' : r.upkeep.lastSampleCompliant ? 'yes' : 'no',
      r.upkeep.inflowMonth,
      r.upkeep.inflowM3PerDay,
      r.upkeep.inflowOfCapacityBp,
      r.upkeep.openP1WorkOrders,
      r.upkeep.occurrencesDue,
      r.upkeep.occurrencesDone,
      r.upkeep.doneRateBp,
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
