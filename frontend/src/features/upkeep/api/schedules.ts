import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ScheduleAnchor, ScheduleFields, ScheduleRowFieldsFragment } from '@/gql/graphql';
import { request } from '@/lib/graphql/client';
import { invalidateAll, useCacheMutation } from '@/lib/mutations';
import type { MutationConfig } from '@/lib/mutations';
import { upkeepKeys } from './keys';

graphql(`
  fragment ScheduleRowFields on UpkeepSchedule {
    id
    clusterId
    assetId
    title
    rule
    startsOn
    anchor
    leadDays
    estimatedCost
    fundingSource
    account
    assigneeUserId
    legalBasis
    active
    nextDates(count: 3)
    checklist {
      label
      kind
      unit
      min
      max
    }
  }
`);

const UpkeepSchedules = graphql(`
  query UpkeepSchedules($clusterId: ID, $assetId: ID) {
    upkeepSchedules(clusterId: $clusterId, assetId: $assetId) {
      ...ScheduleRowFields
    }
  }
`);

const RulePreview = graphql(`
  query UpkeepRulePreview($rule: String!, $startsOn: NaiveDate!, $leadDays: Int!, $anchor: ScheduleAnchor!) {
    upkeepRulePreview(rule: $rule, startsOn: $startsOn, leadDays: $leadDays, count: 5, anchor: $anchor)
  }
`);

const CreateSchedule = graphql(`
  mutation CreateUpkeepSchedule($input: ScheduleFields!) {
    createUpkeepSchedule(input: $input) {
      ...ScheduleRowFields
    }
  }
`);

const UpdateSchedule = graphql(`
  mutation UpdateUpkeepSchedule($id: ID!, $input: ScheduleFields!) {
    updateUpkeepSchedule(id: $id, input: $input) {
      ...ScheduleRowFields
    }
  }
`);

export type ScheduleRow = ScheduleRowFieldsFragment;

export interface ScheduleFilter {
  clusterId: string | null;
  assetId: string | null;
}

export const schedulesQueryOptions = (filter: ScheduleFilter) =>
  queryOptions({
    queryKey: upkeepKeys.scheduleList(filter),
    queryFn: async () => (await request(UpkeepSchedules, filter)).upkeepSchedules,
  });

export const useSchedules = (filter: ScheduleFilter) => useQuery(schedulesQueryOptions(filter));

/**
 * The next due dates of a rule as typed (the editor's preview); the server checks the rule.
 * After the last completion they are the dates if each occurrence is done on its due date.
 */
export const useRulePreview = (rule: string, startsOn: string, leadDays: number, anchor: ScheduleAnchor) =>
  useQuery({
    queryKey: upkeepKeys.rulePreview(rule, startsOn, leadDays, anchor),
    queryFn: async () => (await request(RulePreview, { rule, startsOn, leadDays, anchor })).upkeepRulePreview,
    enabled: rule.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(startsOn),
    placeholderData: keepPreviousData,
    retry: false,
  });

/** Creates a schedule (`id` null) or changes one. */
export async function saveSchedule({ id, input }: { id: string | null; input: ScheduleFields }) {
  if (id === null) return (await request(CreateSchedule, { input })).createUpkeepSchedule;
  return (await request(UpdateSchedule, { id, input })).updateUpkeepSchedule;
}

/** Saves a schedule; the schedule lists (and the fund's plan, built from them) are read again. */
export const useSaveSchedule = (config?: MutationConfig<ScheduleRow, { id: string | null; input: ScheduleFields }>) =>
  useCacheMutation(
    saveSchedule,
    // The fund's plan is built from the schedules: billing keeps it under ['billing', 'fund'].
    (queryClient) => invalidateAll(queryClient, [upkeepKeys.schedules, ['billing', 'fund']]),
    config,
  );
