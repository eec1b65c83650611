import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CalendarItemFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { upkeepKeys } from './keys';

graphql(`
  fragment CalendarItemFields on CalendarItem {
    uid
    kind
    day
    title
    status
    forecast
    scheduleId
    workOrderId
    assetId
    assetName
    permitKind
    legalBasis
  }
`);

const ComplianceMonth = graphql(`
  query ComplianceMonth($clusterId: ID!, $year: Int!, $month: Int!) {
    complianceMonth(clusterId: $clusterId, year: $year, month: $month) {
      firstDay
      lastDay
      items {
        ...CalendarItemFields
      }
    }
  }
`);

const CalendarFeeds = graphql(`
  query CalendarFeeds($clusterId: ID!) {
    calendarFeeds(clusterId: $clusterId) {
      id
      createdAt
    }
  }
`);

const CreateCalendarFeed = graphql(`
  mutation CreateCalendarFeed($clusterId: ID!) {
    createCalendarFeed(clusterId: $clusterId) {
      url
      feed {
        id
        createdAt
      }
    }
  }
`);

const RevokeCalendarFeed = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id) {
      id
      revokedAt
    }
  }
`);

const ApplyComplianceTemplates = graphql(`
  mutation ApplyComplianceTemplates($clusterId: ID!) {
    applyComplianceTemplates(clusterId: $clusterId) {
      created {
        id
        title
      }
      alreadyPresent
      notApplicable
    }
  }
`);

export type CalendarItem = CalendarItemFieldsFragment;

export interface MonthFilter {
  clusterId: string;
  year: number;
  month: number;
}

export const complianceMonthQueryOptions = (filter: MonthFilter) =>
  queryOptions({
    queryKey: upkeepKeys.calendarMonth(filter),
    queryFn: async () => (await request(ComplianceMonth, filter)).complianceMonth,
  });

/** A month of a cluster's compliance calendar; nothing is asked until a cluster is picked. */
export const useComplianceMonth = (filter: MonthFilter | null) =>
  useQuery({
    ...complianceMonthQueryOptions(filter ?? { clusterId: '', year: 0, month: 0 }),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });

/** The live ICS feeds of a cluster (operator admins). */
export const useCalendarFeeds = (clusterId: string | null, enabled: boolean) =>
  useQuery({
    queryKey: upkeepKeys.calendarFeeds(clusterId ?? ''),
    queryFn: async () => (await request(CalendarFeeds, { clusterId: clusterId ?? '' })).calendarFeeds,
    enabled: enabled && clusterId !== null,
  });

export async function createCalendarFeed(clusterId: string) {
  return (await request(CreateCalendarFeed, { clusterId })).createCalendarFeed;
}

export async function revokeCalendarFeed(id: string) {
  return (await request(RevokeCalendarFeed, { id })).revokeCalendarFeed;
}

export async function applyComplianceTemplates(clusterId: string) {
  return (await request(ApplyComplianceTemplates, { clusterId })).applyComplianceTemplates;
}

type Created = Awaited<ReturnType<typeof createCalendarFeed>>;
type Revoked = Awaited<ReturnType<typeof revokeCalendarFeed>>;
type Applied = Awaited<ReturnType<typeof applyComplianceTemplates>>;

/** Creates a cluster's feed (revoking the one before); the feed list is read again. */
export const useCreateCalendarFeed = (config?: MutationConfig<Created, string>) =>
  useCacheMutation(createCalendarFeed, (queryClient) => invalidateAll(queryClient, [upkeepKeys.calendar]), config);

/** Revokes a feed; the feed list is read again. */
export const useRevokeCalendarFeed = (config?: MutationConfig<Revoked, string>) =>
  useCacheMutation(revokeCalendarFeed, (queryClient) => invalidateAll(queryClient, [upkeepKeys.calendar]), config);

/** Applies the compliance pack; the calendar, the schedules and the fund's plan are read again. */
export const useApplyComplianceTemplates = (config?: MutationConfig<Applied, string>) =>
  useCacheMutation(
    applyComplianceTemplates,
    (queryClient) => invalidateAll(queryClient, [upkeepKeys.calendar, upkeepKeys.schedules, ['billing', 'fund']]),
    config,
  );
