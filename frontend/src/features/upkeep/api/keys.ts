/** The query keys of everything upkeep caches; each group is a prefix for invalidation. */
const assets = ['assets'] as const;
const schedules = ['upkeepSchedules'] as const;
const calendar = ['complianceCalendar'] as const;

export const upkeepKeys = {
  assets,
  assetList: (filter: object) => [...assets, 'list', filter] as const,
  asset: (id: string) => [...assets, 'detail', id] as const,
  schedules,
  scheduleList: (filter: object) => [...schedules, 'list', filter] as const,
  rulePreview: (rule: string, startsOn: string, leadDays: number, anchor: string) =>
    [...schedules, 'preview', rule, startsOn, leadDays, anchor] as const,
  calendar,
  calendarMonth: (filter: object) => [...calendar, 'month', filter] as const,
  calendarFeeds: (clusterId: string) => [...calendar, 'feeds', clusterId] as const,
  fundStatement: (filter: object) => ['fundStatement', filter] as const,
};
